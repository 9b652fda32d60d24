package io.recruitbot.candidate;

import java.time.Instant;

/** A candidate granting or withdrawing consent for a purpose, at a time. */
public record ConsentRecord(String purpose, boolean granted, Instant recordedAt) {
}
