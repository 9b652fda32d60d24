package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * A warning that a sender can make us repeat once per message: written at most once per interval, saying how many
 * like it were left out since the last line. One delivery of 200,000 bad messages is then one line, not 42 MB.
 */
final class RateLimitedLog {

	private final Logger log;

	private final Duration interval;

	private final Clock clock;

	private Instant nextLine = Instant.MIN;

	private long leftOut;

	RateLimitedLog(Logger log, Duration interval, Clock clock) {
		this.log = log;
		this.interval = interval;
		this.clock = clock;
	}

	/** Logs the warning (a fixed text: nothing personal) unless one was logged less than an interval ago. */
	synchronized void warn(String warning) {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextLine)) {
			this.leftOut++;
			return;
		}
		this.nextLine = now.plus(this.interval);
		if (this.leftOut == 0) {
			this.log.warn(warning);
		}
		else {
			this.log.warn("{} ({} more since the previous line)", warning, this.leftOut);
			this.leftOut = 0;
		}
	}

}
