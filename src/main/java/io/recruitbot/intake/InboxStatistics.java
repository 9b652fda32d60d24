package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;

/** How the inbox is doing: messages waiting or in progress, how long the oldest has waited, dead letters. */
record InboxStatistics(long depth, Instant oldestReceivedAt, long deadLetters, Instant measuredAt) {

	Duration oldestAge() {
		return (this.oldestReceivedAt == null) ? Duration.ZERO : Duration.between(this.oldestReceivedAt, this.measuredAt);
	}

}
