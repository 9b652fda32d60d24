package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.recruitbot.candidate.DecisionReason;
import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.Roles;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.conversation.understanding.TextSimilarity;

import org.springframework.stereotype.Component;

/**
 * Which vacancies a screened candidate fits, and why each one does or does not: allowed to work, within the vacancy's
 * travel distance (straight line between the places' coordinates), hours, driving licence, experience, and a desired
 * role close enough in meaning to the vacancy title. A place the gazetteer does not know fits only a vacancy in a
 * place of the same name, and the reason says so.
 */
@Component
class VacancyMatching {

	private final TextSimilarity similarity;

	private final ScreeningSettings settings;

	private final Cities cities;

	private final Roles roles;

	VacancyMatching(TextSimilarity similarity, ScreeningSettings settings, Cities cities, Roles roles) {
		this.similarity = similarity;
		this.settings = settings;
		this.cities = cities;
		this.roles = roles;
	}

	List<Vacancy> matches(Map<String, Object> profile, List<Vacancy> vacancies) {
		return assess(profile, vacancies, true).fits();
	}

	/** The candidate against every vacancy; {@code complete} is false when screening ended without a required answer. */
	MatchOutcome assess(Map<String, Object> profile, List<Vacancy> vacancies, boolean complete) {
		List<DecisionReason> general = new ArrayList<>();
		if (vacancies.isEmpty()) {
			general.add(new DecisionReason(null, DecisionRule.NO_VACANCIES, "no open vacancies"));
		}
		if (!complete) {
			general.add(new DecisionReason(null, DecisionRule.MISSING_ANSWERS,
					"screening ended before every required question was answered"));
		}
		return new MatchOutcome(vacancies.stream().map((vacancy) -> assess(profile, vacancy)).toList(), general);
	}

	private VacancyAssessment assess(Map<String, Object> profile, Vacancy vacancy) {
		List<DecisionReason> unmet = new ArrayList<>();
		String id = vacancy.id();
		if (Boolean.FALSE.equals(profile.get(ScreeningField.WORK_PERMIT.fieldName()))) {
			unmet.add(new DecisionReason(id, DecisionRule.WORK_PERMIT, "not allowed to work here"));
		}
		String city = CandidateProfile.text(profile, ScreeningField.CITY);
		OptionalDouble distance = this.cities.kilometresBetween(city, vacancy.city());
		Long kilometres = distance.isPresent() ? Math.round(distance.getAsDouble()) : null;
		distanceReason(city, vacancy, distance).ifPresent(unmet::add);
		Number hours = CandidateProfile.number(profile, ScreeningField.HOURS_PER_WEEK).orElse(null);
		if (!hoursFit(hours, vacancy)) {
			unmet.add(new DecisionReason(id, DecisionRule.HOURS, "wants " + hours.intValue() + " hours a week, "
					+ vacancy.title() + " offers " + hoursOffered(vacancy)));
		}
		if (!licenceFits((Boolean) profile.get(ScreeningField.DRIVING_LICENSE.fieldName()), vacancy)) {
			unmet.add(new DecisionReason(id, DecisionRule.DRIVING_LICENSE,
					vacancy.title() + " needs a driving licence, the candidate has none or did not say"));
		}
		Number years = CandidateProfile.number(profile, ScreeningField.YEARS_EXPERIENCE).orElse(null);
		if (!experienceFits(years, vacancy)) {
			unmet.add(new DecisionReason(id, DecisionRule.EXPERIENCE, vacancy.title() + " needs "
					+ vacancy.minYearsExperience() + " years of experience, the candidate has "
					+ ((years != null) ? years : "an unknown number of")));
		}
		String role = CandidateProfile.text(profile, ScreeningField.DESIRED_ROLE);
		if (!roleFits(role, vacancy.title())) {
			unmet.add(new DecisionReason(id, DecisionRule.ROLE, (role == null) ? "desired role unknown"
					: "wants to work as " + role + ", not close enough to " + vacancy.title()));
		}
		return new VacancyAssessment(vacancy, unmet, kilometres);
	}

	private Optional<DecisionReason> distanceReason(String city, Vacancy vacancy, OptionalDouble distance) {
		int limit = (vacancy.maxTravelKm() != null) ? vacancy.maxTravelKm() : Vacancy.DEFAULT_MAX_TRAVEL_KM;
		if (city == null) {
			return Optional.of(new DecisionReason(vacancy.id(), DecisionRule.DISTANCE, "place unknown"));
		}
		if (distance.isPresent()) {
			long km = Math.round(distance.getAsDouble());
			return (distance.getAsDouble() <= limit) ? Optional.empty()
					: Optional.of(new DecisionReason(vacancy.id(), DecisionRule.DISTANCE,
							vacancy.city() + " is " + km + " km from " + city + ", limit " + limit + " km"));
		}
		if (this.cities.sameCity(city, vacancy.city())) {
			return Optional.empty();
		}
		return Optional.of(new DecisionReason(vacancy.id(), DecisionRule.DISTANCE,
				(this.cities.coordinates(city).isEmpty() ? city : vacancy.city())
						+ " is not in the gazetteer, so only the same place counts: " + vacancy.city() + " is not "
						+ city));
	}

	private static boolean hoursFit(Number hours, Vacancy vacancy) {
		if (hours == null) {
			return true;
		}
		int wanted = hours.intValue();
		return (vacancy.hoursPerWeekMin() == null || wanted >= vacancy.hoursPerWeekMin())
				&& (vacancy.hoursPerWeekMax() == null || wanted <= vacancy.hoursPerWeekMax());
	}

	/** "40 hours", "32-40 hours", "at least 20 hours". */
	static String hoursOffered(Vacancy vacancy) {
		Integer min = vacancy.hoursPerWeekMin();
		Integer max = vacancy.hoursPerWeekMax();
		if (min != null && max != null) {
			return (min.equals(max) ? String.valueOf(min) : min + "-" + max) + " hours";
		}
		return (min != null) ? "at least " + min + " hours" : "at most " + max + " hours";
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
		// "warehouse" and "Warehouse Worker" are the same job, whatever the embeddings say; so are "verpleegkundige"
		// and "Registered Nurse", which the role list knows as one ("nurse"), whatever language the embeddings read
		String said = normalized(role);
		String titled = normalized(title);
		String wanted = normalized(this.roles.canonical(role));
		return overlap(said, titled) || overlap(wanted, normalized(this.roles.canonical(title)))
				|| overlap(wanted, titled) || this.similarity.similarity(role, title) >= this.settings.roleSimilarity();
	}

	private static boolean overlap(String first, String second) {
		return first.contains(second) || second.contains(first);
	}

	private static String normalized(String text) {
		return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
