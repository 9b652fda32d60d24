package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.recruitbot.candidate.Vacancy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared fixtures (copies under {@code src/test/resources/understanding}) and a look-up of facts by field. */
final class UnderstandingFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private UnderstandingFixtures() {
	}

	private static OfflineMessageReader reader;

	/** One reader with the real embedding model for every test class of the run: the model loads once. */
	static synchronized OfflineMessageReader reader() {
		if (reader == null) {
			SentenceEmbeddings embeddings = new SentenceEmbeddings();
			reader = new OfflineMessageReader(embeddings, new EmbeddingTextSimilarity(embeddings),
					Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));
		}
		return reader;
	}

	static List<Vacancy> vacancies() {
		return JSON.readerForListOf(Vacancy.class).readValue(resource("vacancies.json"));
	}

	static JsonNode screening() {
		return JSON.readTree(resource("screening-dev.json"));
	}

	private static InputStream resource(String name) {
		InputStream in = UnderstandingFixtures.class.getResourceAsStream("/understanding/" + name);
		if (in == null) {
			throw new UncheckedIOException(new IOException("Missing test resource " + name));
		}
		return in;
	}

	static Object fact(ProfileFacts facts, ScreeningField field) {
		switch (field) {
			case CONSENT:
				return facts.consent();
			case NAME:
				return facts.name();
			case EMAIL:
				return facts.email();
			case CITY:
				return facts.city();
			case DESIRED_ROLE:
				return facts.desiredRole();
			case YEARS_EXPERIENCE:
				return facts.yearsExperience();
			case AVAILABILITY:
				return facts.availability();
			case HOURS_PER_WEEK:
				return facts.hoursPerWeek();
			case DRIVING_LICENSE:
				return facts.drivingLicense();
			case WORK_PERMIT:
				return facts.workPermit();
			case LANGUAGES:
				return facts.languages();
			default:
				return facts.salaryExpectation();
		}
	}

}
