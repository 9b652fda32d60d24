package io.recruitbot.conversation;

import java.util.UUID;

/** The candidate wrote STOP: nothing more is sent until they write START. */
public record CandidateOptedOut(UUID candidateId) {
}
