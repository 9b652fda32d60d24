package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The webhook and inbox meters. The inbox gauges read one cached snapshot of the inbox, refreshed at most every few
 * seconds, so a scrape or health check never queries the database per meter, and at once after new messages are
 * stored here, so that an empty inbox is never reported from before they came (a snapshot can only be too high).
 */
@Component
class IntakeMetrics {

	private static final Logger log = LoggerFactory.getLogger(IntakeMetrics.class);

	private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(5);

	private final MeterRegistry registry;

	private final Inbox inbox;

	private final Clock clock;

	private final Counter deduplicated;

	private final Counter deadLettered;

	private final Timer processing;

	private final AtomicReference<InboxStatistics> snapshot = new AtomicReference<>();

	IntakeMetrics(MeterRegistry registry, Inbox inbox, Clock clock) {
		this.registry = registry;
		this.inbox = inbox;
		this.clock = clock;
		this.deduplicated = Counter.builder("recruitbot.webhooks.deduplicated")
			.description("Inbound messages delivered again and stored only once")
			.register(registry);
		this.deadLettered = Counter.builder("recruitbot.inbox.dead.lettered")
			.description("Inbound messages parked as dead letters after their last attempt failed")
			.register(registry);
		this.processing = Timer.builder("recruitbot.inbox.processing")
			.description("Time to process one inbound message, conversation engine included")
			.register(registry);
		Gauge.builder("recruitbot.inbox.depth", this, (m) -> m.statistics().depth())
			.description("Inbound messages waiting or in progress")
			.register(registry);
		Gauge.builder("recruitbot.inbox.oldest.age", this, (m) -> m.statistics().oldestAge().toMillis() / 1000.0)
			.description("Seconds the oldest unprocessed inbound message has waited")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("recruitbot.inbox.dead.letters", this, (m) -> m.statistics().deadLetters())
			.description("Inbound messages parked as dead letters")
			.register(registry);
	}

	void received(String provider) {
		this.registry.counter("recruitbot.webhooks.received", "provider", provider).increment();
	}

	void rejected(String reason) {
		this.registry.counter("recruitbot.webhooks.rejected", "reason", reason).increment();
	}

	void deduplicated(int messages) {
		this.deduplicated.increment(messages);
	}

	void providerError(String provider) {
		this.registry.counter("recruitbot.webhooks.provider.errors", "provider", provider).increment();
	}

	void deadLettered() {
		this.deadLettered.increment();
	}

	Timer processing() {
		return this.processing;
	}

	/** The latest inbox snapshot; the previous one (or an empty inbox) while the database does not answer. */
	InboxStatistics statistics() {
		InboxStatistics current = this.snapshot.get();
		Instant now = this.clock.instant();
		if (current == null || current.measuredAt().plus(SNAPSHOT_AGE).isBefore(now)) {
			try {
				current = this.inbox.statistics();
				this.snapshot.set(current);
			}
			catch (DataAccessException ex) {
				log.debug("Inbox statistics unavailable: {}", ex.getMessage());
				return (current != null) ? current : new InboxStatistics(0, null, 0, now);
			}
		}
		return current;
	}

	/** Forgets the snapshot, so the next reading is fresh (after a retry, for instance). */
	void refresh() {
		this.snapshot.set(null);
	}

}
