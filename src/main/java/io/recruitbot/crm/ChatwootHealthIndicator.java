package io.recruitbot.crm;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The Chatwoot mirror: {@code not configured} (sync off), UP, or DEGRADED when candidates keep failing to sync or the
 * mirror is far behind. Never DOWN: WhatsApp screening works without Chatwoot. Details hold counts only.
 */
@Component("chatwoot")
class ChatwootHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Chatwoot sync is failing or behind");

	static final Duration ACCEPTABLE_LAG = Duration.ofMinutes(5);

	private final ChatwootSettings settings;

	private final CrmRecords records;

	private final ChatwootSyncMetrics metrics;

	ChatwootHealthIndicator(ChatwootSettings settings, CrmRecords records, ChatwootSyncMetrics metrics) {
		this.settings = settings;
		this.records = records;
		this.metrics = metrics;
	}

	@Override
	public Health health() {
		if (!this.settings.configured()) {
			return Health.up().withDetail("message", "not configured").withDetail("sync", "skipped").build();
		}
		long failing = this.records.failingCandidates();
		long lag = this.metrics.lagSeconds();
		Health.Builder health = (failing > 0 || lag > ACCEPTABLE_LAG.toSeconds()) ? Health.status(DEGRADED) : Health.up();
		return health.withDetail("message", (failing > 0) ? failing + " candidates waiting to retry" : "syncing")
			.withDetail("sync", "on")
			.withDetail("lagSeconds", lag)
			.withDetail("failingCandidates", failing)
			.build();
	}

}
