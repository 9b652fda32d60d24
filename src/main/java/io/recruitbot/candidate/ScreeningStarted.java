package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/** The candidate consented, and screening began. */
public record ScreeningStarted(UUID candidateId, Instant at) implements CandidateStatusChanged {

	@Override
	public CandidateStatus status() {
		return CandidateStatus.SCREENING;
	}

}
