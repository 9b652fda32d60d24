package io.recruitbot.conversation.llm;

import java.util.List;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ReadingContext;
import io.recruitbot.conversation.understanding.ScreeningField;

/**
 * The workflow's reader when no language model is configured: the offline reader, reached through its own bean (a
 * second bean of the same object would get its listeners and proxies twice).
 */
record OfflineReaderAlone(MessageReader offline) implements MessageReader {

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		return this.offline.read(text, awaitingField, vacancies);
	}

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies,
			ReadingContext context) {
		return this.offline.read(text, awaitingField, vacancies, context);
	}

}
