package io.recruitbot.conversation;

import java.util.UUID;

/** Screening ended and no vacancy fits the candidate right now. */
public record CandidateNotQualified(UUID candidateId) {
}
