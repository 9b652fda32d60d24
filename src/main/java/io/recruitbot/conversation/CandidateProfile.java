package io.recruitbot.conversation;

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
