package io.recruitbot.whatsapp;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivery meters for {@code /metrics}: what went out, per provider and kind, what failed, per error code, and how
 * many messages wait for the relay. The waiting count is read every few seconds, never during a scrape.
 */
@Component
class OutboundMetrics {

	private final MeterRegistry registry;

	private final OutboxJobs jobs;

	private final AtomicLong waiting = new AtomicLong();

	OutboundMetrics(MeterRegistry registry, OutboxJobs jobs) {
		this.registry = registry;
		this.jobs = jobs;
		Gauge.builder("recruitbot.outbox.pending", this.waiting, AtomicLong::get)
			.description("Outbound messages not handed to the provider yet")
			.register(registry);
	}

	void sent(String provider, String kind) {
		this.registry.counter("recruitbot.outbound.sent", "provider", provider, "kind", kind).increment();
	}

	void failed(String provider, String code) {
		this.registry.counter("recruitbot.outbound.failed", "provider", provider, "code", code).increment();
	}

	@Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT1S")
	void refreshWaiting() {
		try {
			this.waiting.set(this.jobs.waiting());
		}
		catch (DataAccessException ex) {
			// the health endpoints report the database; the gauge keeps its last value
		}
	}

}
