package io.recruitbot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.recruitbot.candidate.CandidateProfile;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How screening goes: the company the bot speaks for, the questions in the order they are asked, and how close a
 * desired role must be to a vacancy title to match.
 *
 * @param company the company name the bot introduces itself with
 * @param questions the screening questions, asked in this order, each only while its field is unknown
 * @param roleSimilarity the least {@code TextSimilarity} between a desired role and a vacancy title that matches
 */
@ConfigurationProperties("recruitbot.screening")
record ScreeningSettings(@DefaultValue("Recruitbot") String company, List<ScreeningQuestion> questions,
		@DefaultValue("0.6") double roleSimilarity) {

	ScreeningSettings {
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		if (questions.isEmpty()) {
			throw new InvalidSettingException("recruitbot.screening.questions", "at least one question is needed");
		}
		Set<ScreeningField> seen = new HashSet<>();
		for (ScreeningQuestion question : questions) {
			if (!seen.add(question.screeningField())) {
				throw new InvalidSettingException("recruitbot.screening.questions",
						"the field " + question.field() + " is asked twice");
			}
		}
		if (roleSimilarity < 0 || roleSimilarity > 1) {
			throw new InvalidSettingException("recruitbot.screening.role-similarity", "must be between 0 and 1");
		}
	}

	Optional<ScreeningQuestion> question(ScreeningField field) {
		return this.questions.stream().filter((question) -> question.screeningField() == field).findFirst();
	}

	/**
	 * One screening question.
	 *
	 * @param field the {@code Candidate} field it fills ({@code city}, {@code hoursPerWeek}, ...); what the bot asks is
	 * {@code question.<field>} in the message catalogues
	 * @param required whether the candidate can be matched without it
	 */
	record ScreeningQuestion(String field, @DefaultValue("true") boolean required) {

		ScreeningQuestion {
			if (field == null || ScreeningField.byFieldName(field).filter((known) -> known != ScreeningField.CONSENT)
				.isEmpty()) {
				throw new InvalidSettingException("recruitbot.screening.questions",
						"'" + field + "' is not a candidate field " + CandidateProfile.fieldNames());
			}
		}

		ScreeningField screeningField() {
			return ScreeningField.byFieldName(this.field).orElseThrow();
		}

		/** Yes/no questions get reply buttons. */
		boolean yesOrNo() {
			ScreeningField known = screeningField();
			return known == ScreeningField.DRIVING_LICENSE || known == ScreeningField.WORK_PERMIT;
		}

	}

}
