package io.recruitbot.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.recruitbot.system.AdminSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives an empty database the six demo vacancies, so a fresh start has something to screen for. Off with
 * {@code DEMO_VACANCIES=false}, and in production unless {@code DEMO_VACANCIES=true}: real candidates must not be
 * matched to made-up jobs.
 */
@Component
class DemoVacancies implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoVacancies.class);

	private final VacancyRepository vacancies;

	private final AdminSettings settings;

	private final JsonMapper json;

	DemoVacancies(VacancyRepository vacancies, AdminSettings settings, JsonMapper json) {
		this.vacancies = vacancies;
		this.settings = settings;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.vacancies.count() > 0) {
			return;
		}
		if (!this.settings.demoVacancies()) {
			log.warn("There are no vacancies yet, so every candidate will be told nothing matches:"
					+ " add them with POST /api/vacancies (demo vacancies are off: DEMO_VACANCIES)");
			return;
		}
		List<Vacancy> demo = read();
		demo.forEach(this.vacancies::upsert);
		log.info("Loaded {} demo vacancies into the empty database", demo.size());
	}

	private List<Vacancy> read() {
		try (InputStream in = new ClassPathResource("demo/vacancies.json").getInputStream()) {
			return this.json.readValue(in, new TypeReference<List<Vacancy>>() {
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException("The demo vacancies in the jar cannot be read", ex);
		}
	}

}
