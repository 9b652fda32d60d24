package io.recruitbot.conversation;

import java.util.List;
import java.util.UUID;

/** Screening ended and the candidate fits these vacancies; a recruiter should contact them. */
public record CandidateQualified(UUID candidateId, List<String> vacancyIds) {
}
