package io.recruitbot.candidate;

import java.util.UUID;

/**
 * A candidate was erased. Every module that keeps something about the candidate (checkpoints, Redis keys, inbox
 * rows, the Chatwoot contact) listens and deletes its part.
 */
public record CandidateErased(UUID candidateId, String phone, ErasureReason reason) {
}
