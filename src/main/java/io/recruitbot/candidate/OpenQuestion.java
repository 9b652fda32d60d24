package io.recruitbot.candidate;

import java.time.Instant;

/**
 * A question the bot could not answer from vacancy data ("do you sponsor visas?"), kept for a recruiter to answer.
 * Never a profile field.
 */
public record OpenQuestion(String text, Instant at) {
}
