package io.recruitbot.conversation.llm;

import java.util.List;
import java.util.stream.Collectors;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.ScreeningField;

/** The system prompt: who Claude reads for, what was asked last, and which vacancies a question can be about. */
final class ReadingInstructions {

	private ReadingInstructions() {
	}

	static String forMessage(ScreeningField awaitingField, List<Vacancy> vacancies) {
		String asked = (awaitingField != null)
				? "The recruitment assistant last asked the candidate for: " + awaitingField.fieldName()
						+ ". A short answer (\"yes\", \"about 5\", a city) answers that question."
				: "The recruitment assistant did not ask anything in its last message.";
		String open = vacancies.isEmpty() ? "There are no open vacancies."
				: "Open vacancies (id: title, city):\n" + vacancies.stream()
					.map((vacancy) -> "- " + vacancy.id() + ": " + vacancy.title() + ", " + vacancy.city())
					.collect(Collectors.joining("\n"));
		return """
				You read WhatsApp messages that job candidates send to a recruitment assistant, in any language.
				Call the tool %s exactly once with your reading of the candidate's message.
				Record only what the message itself says; never guess missing facts.
				%s
				%s""".formatted(MessageReadingTool.NAME, asked, open);
	}

}
