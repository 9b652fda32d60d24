package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/** The recruiter gave the conversation back to the bot; the candidate is in {@code status} again. */
public record CandidateHandedBack(UUID candidateId, String by, CandidateStatus status, Instant at)
		implements CandidateStatusChanged {
}
