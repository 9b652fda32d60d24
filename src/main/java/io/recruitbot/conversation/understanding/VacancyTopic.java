package io.recruitbot.conversation.understanding;

/** What a question about a vacancy is about. */
public enum VacancyTopic {

	SALARY, HOURS, LOCATION, REQUIREMENTS, AVAILABILITY, GENERAL

}
