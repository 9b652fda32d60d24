package io.recruitbot.candidate;

import java.time.Instant;

/** One message of a candidate's conversation, as the admin API shows it. */
public record TranscriptEntry(String direction, String text, String type, Instant at, String status) {
}
