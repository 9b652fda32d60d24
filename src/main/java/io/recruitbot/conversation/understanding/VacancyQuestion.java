package io.recruitbot.conversation.understanding;

/**
 * A question about a vacancy: its topic and, when the message points at one, the vacancy id (null otherwise).
 */
public record VacancyQuestion(VacancyTopic topic, String vacancyId) {
}
