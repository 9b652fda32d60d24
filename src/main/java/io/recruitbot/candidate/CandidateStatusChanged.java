package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate's status changed through one of the lifecycle's transitions ({@link Candidates}). Published in the
 * transaction of the change, through the event publication registry; {@code at} is the candidate's new
 * {@code updatedAt}.
 */
public sealed interface CandidateStatusChanged permits ScreeningStarted, CandidateQualified, CandidateScreenedOut,
		CandidateShortlisted, CandidateRejected, CandidateHandedOff, CandidateHandedBack, CandidateOptedOut,
		CandidateOptedIn {

	UUID candidateId();

	CandidateStatus status();

	Instant at();

}
