package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A person who wrote to the company on WhatsApp, with the profile screening has filled so far (in the JSON its fields
 * stand beside the others, as the contract lists them). Unknown values are {@code null}. {@code language} is the one
 * the bot speaks with them (ISO 639-1); {@code openQuestions} are the questions it passed on to a recruiter, read with
 * one candidate (a page of candidates leaves them out: null, not in the JSON); {@code decisionReasons} say why the bot
 * matched or screened the candidate out, for the recruiter who reviews it.
 */
public record Candidate(UUID id, String phone, String profileName, @JsonUnwrapped CandidateProfile profile,
		Instant consentAt, CandidateStatus status, List<String> matchedVacancyIds, Instant createdAt,
		Instant updatedAt, String language, @JsonInclude(JsonInclude.Include.NON_NULL) List<OpenQuestion> openQuestions,
		List<DecisionReason> decisionReasons) {

	public Candidate {
		profile = (profile != null) ? profile : CandidateProfile.EMPTY;
		matchedVacancyIds = (matchedVacancyIds != null) ? List.copyOf(matchedVacancyIds) : List.of();
		openQuestions = (openQuestions != null) ? List.copyOf(openQuestions) : null;
		decisionReasons = (decisionReasons != null) ? List.copyOf(decisionReasons) : List.of();
	}

	/** The same candidate with the questions kept for a recruiter. */
	Candidate withOpenQuestions(List<OpenQuestion> questions) {
		return new Candidate(this.id, this.phone, this.profileName, this.profile, this.consentAt, this.status,
				this.matchedVacancyIds, this.createdAt, this.updatedAt, this.language, questions, this.decisionReasons);
	}

}
