package io.recruitbot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.conversation.understanding.TextSimilarity;

import org.springframework.stereotype.Component;

/**
 * Which vacancies a screened candidate fits. Knock-outs first (allowed to work, city, hours, driving licence,
 * experience), then the desired role must be close enough in meaning to the vacancy title.
 */
@Component
class VacancyMatching {

	private final TextSimilarity similarity;

	private final ScreeningSettings settings;

	VacancyMatching(TextSimilarity similarity, ScreeningSettings settings) {
		this.similarity = similarity;
		this.settings = settings;
	}

	List<Vacancy> matches(Map<String, Object> profile, List<Vacancy> vacancies) {
		if (Boolean.FALSE.equals(profile.get(ScreeningField.WORK_PERMIT.fieldName()))) {
			return List.of();
		}
		return vacancies.stream().filter((vacancy) -> fits(profile, vacancy)).toList();
	}

	private boolean fits(Map<String, Object> profile, Vacancy vacancy) {
		return sameCity(CandidateProfile.text(profile, ScreeningField.CITY), vacancy.city())
				&& hoursFit(CandidateProfile.number(profile, ScreeningField.HOURS_PER_WEEK).orElse(null), vacancy)
				&& licenceFits((Boolean) profile.get(ScreeningField.DRIVING_LICENSE.fieldName()), vacancy)
				&& experienceFits(CandidateProfile.number(profile, ScreeningField.YEARS_EXPERIENCE).orElse(null), vacancy)
				&& roleFits(CandidateProfile.text(profile, ScreeningField.DESIRED_ROLE), vacancy.title());
	}

	private static boolean sameCity(String city, String vacancyCity) {
		return city != null && normalized(city).equals(normalized(vacancyCity));
	}

	private static boolean hoursFit(Number hours, Vacancy vacancy) {
		if (hours == null) {
			return true;
		}
		int wanted = hours.intValue();
		return (vacancy.hoursPerWeekMin() == null || wanted >= vacancy.hoursPerWeekMin())
				&& (vacancy.hoursPerWeekMax() == null || wanted <= vacancy.hoursPerWeekMax());
	}

	private static boolean licenceFits(Boolean licence, Vacancy vacancy) {
		return !Boolean.TRUE.equals(vacancy.requiresDrivingLicense()) || Boolean.TRUE.equals(licence);
	}

	private static boolean experienceFits(Number years, Vacancy vacancy) {
		int required = (vacancy.minYearsExperience() != null) ? vacancy.minYearsExperience() : 0;
		return required == 0 || (years != null && years.doubleValue() >= required);
	}

	boolean roleFits(String role, String title) {
		if (role == null) {
			return false;
		}
		String wanted = normalized(role);
		String offered = normalized(title);
		// "warehouse" and "Warehouse Worker" are the same job, whatever the embeddings say
		return offered.contains(wanted) || wanted.contains(offered)
				|| this.similarity.similarity(role, title) >= this.settings.roleSimilarity();
	}

	private static String normalized(String text) {
		return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
