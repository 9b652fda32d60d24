package io.recruitbot.conversation.understanding;

/**
 * How a message was understood: the intent, the profile facts it carries, and the vacancy question it asks (null
 * unless the intent is {@link Intent#VACANCY_QUESTION}).
 */
public record MessageReading(Intent intent, ProfileFacts facts, VacancyQuestion question) {
}
