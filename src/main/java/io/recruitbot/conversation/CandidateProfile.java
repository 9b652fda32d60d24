package io.recruitbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.ScreeningField;

/**
 * The candidate profile as the workflow state holds it: a map by {@code Candidate} field name, with JSON-friendly
 * values. Converts from and to the {@link Candidate} row.
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

	/**
	 * The facts a message may write: every fact about a field still unknown; about a known field only the answer to
	 * its open question ({@code asked}) or a clear correction ("actually I live in Breda"). A message that answers
	 * nothing about a known field ("I am qualified, the recruiter said so") leaves it alone. Consent always passes.
	 */
	static Map<String, Object> accepted(Map<String, Object> profile, Map<String, Object> facts, ScreeningField asked,
			boolean correction) {
		Map<String, Object> accepted = new LinkedHashMap<>();
		facts.forEach((field, value) -> {
			boolean known = profile.get(field) != null;
			boolean answersItsQuestion = asked != null && asked.fieldName().equals(field);
			if (!known || answersItsQuestion || correction || field.equals(ScreeningField.CONSENT.fieldName())) {
				accepted.put(field, value);
			}
		});
		return accepted;
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

	/** The candidate as the state has it, to store (creation and update times are the repository's). */
	static Candidate of(ScreeningState state) {
		return apply(state.candidateId(), state.phone(), state.profileName().orElse(null), state.profile(),
				state.status());
	}

	@SuppressWarnings("unchecked")
	private static Candidate apply(UUID id, String phone, String profileName, Map<String, Object> profile,
			CandidateStatus status) {
		return new Candidate(id, phone, profileName, text(profile, ScreeningField.NAME),
				text(profile, ScreeningField.EMAIL), text(profile, ScreeningField.CITY),
				text(profile, ScreeningField.DESIRED_ROLE), number(profile, ScreeningField.YEARS_EXPERIENCE)
					.map(Number::doubleValue).orElse(null),
				text(profile, ScreeningField.AVAILABILITY),
				number(profile, ScreeningField.HOURS_PER_WEEK).map(Number::intValue).orElse(null),
				(Boolean) profile.get(ScreeningField.DRIVING_LICENSE.fieldName()),
				(Boolean) profile.get(ScreeningField.WORK_PERMIT.fieldName()),
				(List<String>) profile.get(ScreeningField.LANGUAGES.fieldName()),
				text(profile, ScreeningField.SALARY_EXPECTATION),
				(profile.get(CONSENT_AT) != null) ? Instant.parse((String) profile.get(CONSENT_AT)) : null, status,
				(List<String>) profile.get(MATCHED_VACANCY_IDS), null, null);
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
