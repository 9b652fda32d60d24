package io.recruitbot.whatsapp;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Delivery counters for {@code /metrics}: what went out, per provider and kind, and what failed, per error code. */
@Component
class OutboundMetrics {

	private final MeterRegistry registry;

	OutboundMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void sent(String provider, String kind) {
		this.registry.counter("recruitbot.outbound.sent", "provider", provider, "kind", kind).increment();
	}

	void failed(String provider, String code) {
		this.registry.counter("recruitbot.outbound.failed", "provider", provider, "code", code).increment();
	}

}
