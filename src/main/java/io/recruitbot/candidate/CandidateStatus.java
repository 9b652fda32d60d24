package io.recruitbot.candidate;

/** Where a candidate stands; see the contract, section 3. */
public enum CandidateStatus {

	NEW, SCREENING, QUALIFIED, NOT_QUALIFIED, HANDED_OFF, OPTED_OUT

}
