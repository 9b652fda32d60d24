package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/**
 * A recruiter turned the candidate down: the bot no longer screens them, and a message from them goes to a person.
 *
 * @param by the recruiter's name ({@code admin-api} for the machine token)
 */
public record CandidateRejected(UUID candidateId, String by, Instant at) implements CandidateStatusChanged {

	@Override
	public CandidateStatus status() {
		return CandidateStatus.REJECTED;
	}

}
