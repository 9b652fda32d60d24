package io.recruitbot.ops.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.system.SqlTimestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Inbox depth, the age of its oldest waiting delivery, dead letters and outbound messages waiting, read from the
 * shared tables every few seconds rather than at each scrape, so that a scrape never waits for the database.
 */
@Component
class QueueGauges {

	private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);

	// inbox rows are dead letters once their state starts with DEAD; everything else unprocessed is still waiting
	private static final String WAITING = "processed_at is null and state not like 'DEAD%'";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Snapshot> latest = new AtomicReference<>(Snapshot.UNKNOWN);

	QueueGauges(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("recruitbot.inbox.depth", this.latest, (snapshot) -> snapshot.get().inboxDepth())
			.description("Received deliveries not processed yet")
			.register(registry);
		Gauge.builder("recruitbot.inbox.oldest.age", this.latest, (snapshot) -> snapshot.get().oldestAgeSeconds())
			.description("Age of the oldest delivery still waiting")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("recruitbot.inbox.dead.letters", this.latest, (snapshot) -> snapshot.get().deadLetters())
			.description("Deliveries whose processing kept failing")
			.register(registry);
		Gauge.builder("recruitbot.outbox.pending", this.latest, (snapshot) -> snapshot.get().outboxPending())
			.description("Outbound messages not delivered to the provider yet")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT1S")
	void refresh() {
		try {
			this.latest.set(read());
		}
		catch (RuntimeException ex) {
			// the health endpoints report the database; the gauges just show that they do not know
			this.latest.set(Snapshot.UNKNOWN);
			log.debug("Queue gauges not refreshed: {}", ex.getClass().getSimpleName());
		}
	}

	Snapshot read() {
		long depth = this.jdbc.sql("select count(*) from inbox_message where " + WAITING).query(Long.class).single();
		Instant oldest = this.jdbc.sql("select min(received_at) as oldest from inbox_message where " + WAITING)
			.query((row, number) -> SqlTimestamps.read(row, "oldest"))
			.list()
			.get(0);
		long dead = this.jdbc.sql("select count(*) from inbox_message where state like 'DEAD%'")
			.query(Long.class)
			.single();
		long outbox = this.jdbc.sql("select count(*) from outbox_message where state = 'PENDING'")
			.query(Long.class)
			.single();
		double age = (oldest != null)
				? Math.max(0, Duration.between(oldest, Instant.now(this.clock)).toMillis() / 1000.0) : 0;
		return new Snapshot(depth, age, dead, outbox);
	}

	record Snapshot(double inboxDepth, double oldestAgeSeconds, double deadLetters, double outboxPending) {

		static final Snapshot UNKNOWN = new Snapshot(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

	}

}
