package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person who wrote to the company on WhatsApp, with the profile screening has filled so far. Unknown values are
 * {@code null}.
 */
public record Candidate(UUID id, String phone, String profileName, String name, String email, String city,
		String desiredRole, Double yearsExperience, String availability, Integer hoursPerWeek, Boolean drivingLicense,
		Boolean workPermit, List<String> languages, String salaryExpectation, Instant consentAt,
		CandidateStatus status, List<String> matchedVacancyIds, Instant createdAt, Instant updatedAt) {

	public Candidate {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		matchedVacancyIds = (matchedVacancyIds != null) ? List.copyOf(matchedVacancyIds) : List.of();
	}

	/** The screening answers, as one value. */
	public CandidateProfile profile() {
		return new CandidateProfile(this.name, this.email, this.city, this.desiredRole, this.yearsExperience,
				this.availability, this.hoursPerWeek, this.drivingLicense, this.workPermit, this.languages,
				this.salaryExpectation);
	}

}
