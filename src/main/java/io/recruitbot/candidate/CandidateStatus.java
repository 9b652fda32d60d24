package io.recruitbot.candidate;

/**
 * Where a candidate stands; see the contract, section 3. {@code SHORTLISTED} and {@code REJECTED} are a recruiter's
 * decision, the others the bot's or the candidate's.
 */
public enum CandidateStatus {

	NEW, SCREENING, QUALIFIED, NOT_QUALIFIED, SHORTLISTED, REJECTED, HANDED_OFF, OPTED_OUT

}
