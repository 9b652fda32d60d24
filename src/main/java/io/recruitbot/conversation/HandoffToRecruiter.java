package io.recruitbot.conversation;

import java.util.UUID;

/** The bot handed the conversation to a human recruiter and stays quiet until it is handed back. */
public record HandoffToRecruiter(UUID candidateId, String reason) {
}
