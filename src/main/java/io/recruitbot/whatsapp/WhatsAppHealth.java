package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The {@code whatsapp} health component: which provider, whether messages really leave, how many wait and how many
 * failed in the last hour. Credentials are never shown, not even in part.
 */
@Component("whatsapp")
class WhatsAppHealth implements HealthIndicator {

	private static final Duration RECENT = Duration.ofHours(1);

	private final WhatsAppGateway gateway;

	private final OutboxJobs jobs;

	private final Clock clock;

	WhatsAppHealth(WhatsAppGateway gateway, OutboxJobs jobs, Clock clock) {
		this.gateway = gateway;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up()
			.withDetail("provider", this.gateway.provider())
			.withDetail("configured", this.gateway.delivers());
		try {
			return health.withDetail("pendingOutbox", this.jobs.waiting())
				.withDetail("failuresLastHour", this.jobs.failedSince(this.clock.instant().minus(RECENT)))
				.withDetail("unknownOutcomesLastHour", this.jobs.unknownSince(this.clock.instant().minus(RECENT)))
				.build();
		}
		catch (DataAccessException ex) {
			// the database component reports the outage; here it only means the queue cannot be counted
			return health.unknown().withDetail("pendingOutbox", "unknown").build();
		}
	}

}
