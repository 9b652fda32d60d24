package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/**
 * A person has the conversation now, and the bot is quiet until it is handed back.
 *
 * @param by who took it: {@code candidate} (they asked for a person, or wrote after a recruiter's decision),
 * {@code chatwoot}, or the recruiter in the admin API ({@code admin-api} for the machine token)
 * @param before the status the hand-off interrupted, which handing back restores
 */
public record CandidateHandedOff(UUID candidateId, String by, CandidateStatus before, Instant at)
		implements CandidateStatusChanged {

	@Override
	public CandidateStatus status() {
		return CandidateStatus.HANDED_OFF;
	}

}
