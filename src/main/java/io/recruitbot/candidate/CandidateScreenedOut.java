package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/** Screening ended and no vacancy fits the candidate right now (status {@code NOT_QUALIFIED}). */
public record CandidateScreenedOut(UUID candidateId, Instant at) implements CandidateStatusChanged {

	@Override
	public CandidateStatus status() {
		return CandidateStatus.NOT_QUALIFIED;
	}

}
