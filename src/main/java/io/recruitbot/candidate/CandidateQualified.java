package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Screening ended and the candidate fits these vacancies; a recruiter should contact them. */
public record CandidateQualified(UUID candidateId, List<String> vacancyIds, Instant at)
		implements CandidateStatusChanged {

	public CandidateQualified {
		vacancyIds = List.copyOf(vacancyIds);
	}

	@Override
	public CandidateStatus status() {
		return CandidateStatus.QUALIFIED;
	}

}
