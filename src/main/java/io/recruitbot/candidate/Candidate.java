package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A person who wrote to the company on WhatsApp, with the profile screening has filled so far (in the JSON its fields
 * stand beside the others, as the contract lists them). Unknown values are {@code null}.
 */
public record Candidate(UUID id, String phone, String profileName, @JsonUnwrapped CandidateProfile profile,
		Instant consentAt, CandidateStatus status, List<String> matchedVacancyIds, Instant createdAt,
		Instant updatedAt) {

	public Candidate {
		profile = (profile != null) ? profile : CandidateProfile.EMPTY;
		matchedVacancyIds = (matchedVacancyIds != null) ? List.copyOf(matchedVacancyIds) : List.of();
	}

}
