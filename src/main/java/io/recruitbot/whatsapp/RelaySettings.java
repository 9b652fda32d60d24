package io.recruitbot.whatsapp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay (not part of the external contract). The lease must outlast an HTTP call plus the
 * recording of its answer, so that a live relay never loses its claim: see docs/decisions/outbox-double-send.md
 * and, for a lease that does run out, docs/decisions/outbox-leases.md.
 *
 * @param enabled whether this instance delivers at all (tests drive relays by hand)
 * @param pollInterval how often to look for work written by other instances
 * @param lease how long a claimed message belongs to its relay
 * @param maxAttempts attempts before a retryable failure becomes final
 * @param concurrency messages (to different recipients) sent at the same time
 */
@ConfigurationProperties("recruitbot.whatsapp.relay")
record RelaySettings(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("2m") Duration lease, @DefaultValue("10") int maxAttempts, @DefaultValue("4") int concurrency) {

	/** Every HTTP call gives up well within the lease. */
	static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);

	RelaySettings {
		if (lease.compareTo(HTTP_TIMEOUT.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("recruitbot.whatsapp.relay.lease must be at least " + HTTP_TIMEOUT.multipliedBy(3));
		}
		if (maxAttempts < 1 || concurrency < 1) {
			throw new IllegalArgumentException("recruitbot.whatsapp.relay: max-attempts and concurrency must be positive");
		}
	}

	static RelaySettings defaults() {
		return new RelaySettings(true, Duration.ofSeconds(1), Duration.ofMinutes(2), 10, 4);
	}

}
