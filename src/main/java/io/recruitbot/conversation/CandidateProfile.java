package io.recruitbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.ScreeningField;

/**
 * The candidate profile as the workflow state holds it: a map by {@code Candidate} field name, with JSON-friendly
 * values. Converts from the {@link Candidate} row, and to the answers the candidate module stores.
 */
final class CandidateProfile {

	static final String CONSENT_AT = "consentAt";

	static final String MATCHED_VACANCY_IDS = "matchedVacancyIds";

	private CandidateProfile() {
	}

	static Map<String, Object> of(Candidate candidate) {
		Map<String, Object> profile = new LinkedHashMap<>();
		putIfKnown(profile, ScreeningField.NAME, candidate.name());
		putIfKnown(profile, ScreeningField.EMAIL, candidate.email());
		putIfKnown(profile, ScreeningField.CITY, candidate.city());
		putIfKnown(profile, ScreeningField.DESIRED_ROLE, candidate.desiredRole());
		putIfKnown(profile, ScreeningField.YEARS_EXPERIENCE, candidate.yearsExperience());
		putIfKnown(profile, ScreeningField.AVAILABILITY, candidate.availability());
		putIfKnown(profile, ScreeningField.HOURS_PER_WEEK, candidate.hoursPerWeek());
		putIfKnown(profile, ScreeningField.DRIVING_LICENSE, candidate.drivingLicense());
		putIfKnown(profile, ScreeningField.WORK_PERMIT, candidate.workPermit());
		if (!candidate.languages().isEmpty()) {
			profile.put(ScreeningField.LANGUAGES.fieldName(), new ArrayList<>(candidate.languages()));
		}
		putIfKnown(profile, ScreeningField.SALARY_EXPECTATION, candidate.salaryExpectation());
		if (candidate.consentAt() != null) {
			profile.put(CONSENT_AT, candidate.consentAt().toString());
		}
		if (!candidate.matchedVacancyIds().isEmpty()) {
			profile.put(MATCHED_VACANCY_IDS, new ArrayList<>(candidate.matchedVacancyIds()));
		}
		return profile;
	}

	/**
	 * The profile with what a message told (the facts map of {@link #facts}); a value the candidate gives again (a
	 * correction) replaces the old one.
	 */
	static Map<String, Object> merge(Map<String, Object> profile, Map<String, Object> facts) {
		Map<String, Object> merged = new LinkedHashMap<>(profile);
		facts.forEach((field, value) -> {
			if (!field.equals(ScreeningField.CONSENT.fieldName())) {
				merged.put(field, value);
			}
		});
		return merged;
	}

	/** What a message told, as a JSON-friendly map by field name (with {@code consent} when it answered that). */
	static Map<String, Object> facts(ProfileFacts facts) {
		Map<String, Object> map = new LinkedHashMap<>();
		putIfKnown(map, ScreeningField.CONSENT, facts.consent());
		putIfKnown(map, ScreeningField.NAME, facts.name());
		putIfKnown(map, ScreeningField.EMAIL, facts.email());
		putIfKnown(map, ScreeningField.CITY, facts.city());
		putIfKnown(map, ScreeningField.DESIRED_ROLE, facts.desiredRole());
		putIfKnown(map, ScreeningField.YEARS_EXPERIENCE, facts.yearsExperience());
		putIfKnown(map, ScreeningField.AVAILABILITY, facts.availability());
		putIfKnown(map, ScreeningField.HOURS_PER_WEEK, facts.hoursPerWeek());
		putIfKnown(map, ScreeningField.DRIVING_LICENSE, facts.drivingLicense());
		putIfKnown(map, ScreeningField.WORK_PERMIT, facts.workPermit());
		if (facts.languages() != null && !facts.languages().isEmpty()) {
			map.put(ScreeningField.LANGUAGES.fieldName(), new ArrayList<>(facts.languages()));
		}
		putIfKnown(map, ScreeningField.SALARY_EXPECTATION, facts.salaryExpectation());
		return map;
	}

	/** The screening answers the state holds, to store (never the status: that changes only by transitions). */
	@SuppressWarnings("unchecked")
	static io.recruitbot.candidate.CandidateProfile answers(ScreeningState state) {
		Map<String, Object> profile = state.profile();
		return new io.recruitbot.candidate.CandidateProfile(text(profile, ScreeningField.NAME),
				text(profile, ScreeningField.EMAIL), text(profile, ScreeningField.CITY),
				text(profile, ScreeningField.DESIRED_ROLE),
				number(profile, ScreeningField.YEARS_EXPERIENCE).map(Number::doubleValue).orElse(null),
				text(profile, ScreeningField.AVAILABILITY),
				number(profile, ScreeningField.HOURS_PER_WEEK).map(Number::intValue).orElse(null),
				(Boolean) profile.get(ScreeningField.DRIVING_LICENSE.fieldName()),
				(Boolean) profile.get(ScreeningField.WORK_PERMIT.fieldName()),
				(List<String>) profile.get(ScreeningField.LANGUAGES.fieldName()),
				text(profile, ScreeningField.SALARY_EXPECTATION));
	}

	/** When the candidate consented, once they have. */
	static Optional<Instant> consentAt(ScreeningState state) {
		return Optional.ofNullable((String) state.profile().get(CONSENT_AT)).map(Instant::parse);
	}

	static Optional<Number> number(Map<String, Object> profile, ScreeningField field) {
		return Optional.ofNullable((Number) profile.get(field.fieldName()));
	}

	static String text(Map<String, Object> profile, ScreeningField field) {
		return (String) profile.get(field.fieldName());
	}

	private static void putIfKnown(Map<String, Object> profile, ScreeningField field, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			profile.put(field.fieldName(), value);
		}
	}

}
