package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/** The candidate wrote STOP: nothing more is sent until they write START. */
public record CandidateOptedOut(UUID candidateId, Instant at) implements CandidateStatusChanged {

	@Override
	public CandidateStatus status() {
		return CandidateStatus.OPTED_OUT;
	}

}
