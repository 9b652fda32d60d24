package io.recruitbot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.ScreeningSettings.ScreeningQuestion;
import io.recruitbot.conversation.understanding.ScreeningField;

/**
 * Which questions matter: the configured ones whose field is unknown, less those that cannot change the outcome for
 * the vacancy in play (a driving licence for a job that needs none; the kind of job once the candidate named one).
 */
final class ScreeningQuestions {

	private final ScreeningSettings settings;

	ScreeningQuestions(ScreeningSettings settings) {
		this.settings = settings;
	}

	/** The next question to ask: the first that matters whose field is still unknown and was not passed over. */
	Optional<ScreeningQuestion> next(Map<String, Object> profile, List<String> skipped, Vacancy inPlay) {
		return this.settings.questions()
			.stream()
			.filter((question) -> matters(question, inPlay))
			.filter((question) -> profile.get(question.field()) == null && !skipped.contains(question.field()))
			.findFirst();
	}

	/** Whether every required question that matters is answered: then the outcome can be decided. */
	boolean requiredFieldsKnown(Map<String, Object> profile, Vacancy inPlay) {
		return this.settings.questions()
			.stream()
			.filter((question) -> question.required() && matters(question, inPlay))
			.allMatch((question) -> profile.get(question.field()) != null);
	}

	static boolean matters(ScreeningQuestion question, Vacancy inPlay) {
		if (inPlay == null) {
			return true;
		}
		return switch (question.screeningField()) {
			case DRIVING_LICENSE -> Boolean.TRUE.equals(inPlay.requiresDrivingLicense());
			default -> true;
		};
	}

}
