package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a candidate stands, without the profile: what the funnel counts. */
public record CandidateStanding(UUID id, CandidateStatus status, List<String> matchedVacancyIds, Instant createdAt) {
}
