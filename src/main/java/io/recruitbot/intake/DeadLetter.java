package io.recruitbot.intake;

import java.time.Instant;

/** An inbound message whose processing kept failing, parked until someone retries it. */
record DeadLetter(long id, String provider, String providerMessageId, String phone, String type, int attempts,
		String lastError, Instant receivedAt, Instant deadAt) {
}
