package io.recruitbot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.system.RecordValues;

/**
 * The workflow's rules on the candidate's answers ({@link io.recruitbot.candidate.CandidateProfile}, one value in the
 * state): what a message told, by field name, and how it joins what was known.
 */
final class CandidateProfile {

	private CandidateProfile() {
	}

	/**
	 * The profile with what a message told (the facts map of {@link #facts}); a value the candidate gives again (a
	 * correction) replaces the old one.
	 */
	static io.recruitbot.candidate.CandidateProfile merge(Map<String, Object> profile, Map<String, Object> facts) {
		// consent is no answer of the profile: of() leaves it out
		return io.recruitbot.candidate.CandidateProfile.of(profile)
			.with(io.recruitbot.candidate.CandidateProfile.of(facts));
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
		return RecordValues.known(facts);
	}

	static Optional<Number> number(Map<String, Object> profile, ScreeningField field) {
		return Optional.ofNullable((Number) profile.get(field.fieldName()));
	}

	static String text(Map<String, Object> profile, ScreeningField field) {
		return (String) profile.get(field.fieldName());
	}

}
