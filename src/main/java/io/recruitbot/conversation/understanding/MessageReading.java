package io.recruitbot.conversation.understanding;

/**
 * How a message was understood: the intent, the profile facts it carries, the vacancy question it asks (null unless
 * the intent is {@link Intent#VACANCY_QUESTION}), the language it is written in (an ISO 639-1 code such as
 * {@code nl}, or null when the message says too little to tell), whether it corrects an earlier answer ("actually I
 * live in Schiedam", "make that 24 hours"), and its answer to a yes/no question the bot asked (consent, erasure
 * confirmation): {@code TRUE} only for a clear yes, {@code FALSE} for a clear no, null for anything else.
 */
public record MessageReading(Intent intent, ProfileFacts facts, VacancyQuestion question, String language,
		boolean correction, Boolean agreement) {

	public MessageReading(Intent intent, ProfileFacts facts, VacancyQuestion question) {
		this(intent, facts, question, null, false, null);
	}

}
