package io.recruitbot.conversation.understanding;

import java.util.List;

import io.recruitbot.candidate.Vacancy;

/**
 * Reads a candidate's message: the router and extraction agents' understanding. {@code awaitingField} is the field
 * the bot asked for last (null when it asked nothing), so short answers ("about 5", "yes", "Rotterdam") are read in
 * context; facts volunteered for other fields are picked up too.
 */
public interface MessageReader {

	MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies);

	/**
	 * Reads the message knowing the conversation around it: whether it may leave the service (consent, opt-out,
	 * hand-off) and the recent turns. Readers that work in-process need none of it.
	 */
	default MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies,
			ReadingContext context) {
		return read(text, awaitingField, vacancies);
	}

}
