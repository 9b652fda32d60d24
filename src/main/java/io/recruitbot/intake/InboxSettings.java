package io.recruitbot.intake;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the inbox workers run. Not part of the external contract: the defaults are what production uses, tests shorten
 * them.
 *
 * @param workers worker threads per service instance (conversations processed in parallel)
 * @param pollInterval how often an idle worker looks for work other instances stored
 * @param lease how long a claim holds without a heartbeat; a crashed instance's message is taken over after it
 * @param maxAttempts attempts before a message is dead-lettered
 * @param firstRetryDelay the backoff after the first failure, doubled after each further one
 * @param retention how long processed messages are kept to recognise redeliveries (Meta retries for up to 7 days)
 * @param groupCommitWindow how long the webhook group commit waits for more deliveries while they arrive in a stream
 * @param outageBackoff how long the workers pause after the database, Redis or a provider failed them, doubled after
 * each further failure in a row
 * @param longestOutageBackoff the cap of that pause
 */
@ConfigurationProperties("recruitbot.inbox")
record InboxSettings(@DefaultValue("4") int workers, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("30s") Duration lease, @DefaultValue("5") int maxAttempts,
		@DefaultValue("2s") Duration firstRetryDelay, @DefaultValue("7d") Duration retention,
		@DefaultValue("1ms") Duration groupCommitWindow, @DefaultValue("1s") Duration outageBackoff,
		@DefaultValue("30s") Duration longestOutageBackoff) {

	private static final Duration LONGEST_RETRY_DELAY = Duration.ofMinutes(5);

	/** The wait before the next attempt after {@code attempts} failed ones: the same back-off as an outage's. */
	Duration retryDelay(int attempts) {
		IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(this.firstRetryDelay, 2.0, LONGEST_RETRY_DELAY);
		return Duration.ofMillis(backoff.apply(Math.max(attempts, 1)));
	}

	/** The pauses of the workers after infrastructure failures in a row, by their number. */
	IntervalFunction outagePauses() {
		return IntervalFunction.ofExponentialBackoff(this.outageBackoff, 2.0, this.longestOutageBackoff);
	}

}
