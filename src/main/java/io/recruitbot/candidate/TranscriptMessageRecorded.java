package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was added to a candidate's transcript ({@code inbound} from the candidate, {@code outbound} to them).
 * Published in the transaction that recorded it; the recruiter console pushes it to open pages after the commit.
 */
public record TranscriptMessageRecorded(UUID candidateId, String direction, Instant at) {
}
