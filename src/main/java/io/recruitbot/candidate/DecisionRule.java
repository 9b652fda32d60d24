package io.recruitbot.candidate;

/** The rule behind an automated screening outcome, as a recruiter reviewing it reads it. */
public enum DecisionRule {

	/** The candidate's place lies farther from the vacancy than its {@code maxTravelKm}. */
	DISTANCE,

	/** The hours a week the candidate wants are outside the vacancy's range. */
	HOURS,

	/** Fewer years of experience than the vacancy asks. */
	EXPERIENCE,

	/** The vacancy needs a driving licence the candidate does not have. */
	DRIVING_LICENSE,

	/** The candidate may not work here. */
	WORK_PERMIT,

	/** The role the candidate wants is not this vacancy's. */
	ROLE,

	/** Screening ended before every required question was answered. */
	MISSING_ANSWERS,

	/** There is no open vacancy to match against. */
	NO_VACANCIES,

	/** The candidate fits the vacancy. */
	FITS

}
