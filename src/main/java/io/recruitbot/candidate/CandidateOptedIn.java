package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/** The candidate wrote START after STOP and is in {@code status} again, the one they opted out of. */
public record CandidateOptedIn(UUID candidateId, CandidateStatus status, Instant at) implements CandidateStatusChanged {
}
