package io.recruitbot.conversation.understanding;

/** What a candidate wants with a message, as the router agent decides. */
public enum Intent {

	/** Wants to apply, or is answering screening questions. */
	APPLY,
	/** Asks about a vacancy: salary, hours, place, requirements. */
	VACANCY_QUESTION,
	/**
	 * Asks something the vacancy data cannot answer (visa sponsorship, parking, pets): acknowledged and kept as a
	 * question for the recruiter, never read as a profile fact.
	 */
	OTHER_QUESTION,
	/**
	 * Asks what happens to their data: what is kept, why, who sees it, how long, how to have it erased. Answered from
	 * what the service does with it, never a profile fact, and not consent.
	 */
	DATA_QUESTION,
	/** Wants to talk to a person. */
	WANTS_HUMAN,
	/** STOP and the like: no more messages. */
	OPT_OUT,
	/** START: messages are welcome again. */
	OPT_IN,
	/** Wants their data erased. */
	ERASE_DATA,
	/** Greetings, thanks and anything else. */
	SMALLTALK

}
