package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

/** A transcript message with its id, as the CRM mirror passes it on; media are named by their file name only. */
public record TranscriptMessage(UUID id, boolean inbound, String type, String text, String fileName, Instant at) {
}
