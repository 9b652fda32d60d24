package io.recruitbot.crm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The Chatwoot mirror: {@code not configured} (sync off), UP, or DEGRADED when the set-up check found a problem
 * (a wrong token or inbox, a token that cannot erase), erasures wait for Chatwoot, candidates keep failing to sync or
 * the mirror is far behind. Never DOWN: WhatsApp screening works without Chatwoot. The message is the most serious
 * problem in one sentence; details hold counts only.
 */
@Component("chatwoot")
class ChatwootHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Chatwoot sync is failing or behind");

	static final Duration ACCEPTABLE_LAG = Duration.ofMinutes(5);

	private final ChatwootSettings settings;

	private final CrmRecords records;

	private final ChatwootSyncMetrics metrics;

	private final ChatwootSetupCheck setup;

	ChatwootHealthIndicator(ChatwootSettings settings, CrmRecords records, ChatwootSyncMetrics metrics,
			ChatwootSetupCheck setup) {
		this.settings = settings;
		this.records = records;
		this.metrics = metrics;
		this.setup = setup;
	}

	@Override
	public Health health() {
		if (!this.settings.configured()) {
			return Health.up().withDetail("message", "not configured").withDetail("sync", "skipped").build();
		}
		List<String> problems = new ArrayList<>(this.setup.findings().problems());
		long erasures = this.records.pendingErasureCount();
		if (erasures > 0) {
			problems.add(erasures + " erased candidates are still in Chatwoot: their contact deletion failed and is "
					+ "retried (see /api/dead-letters/chatwoot-erasures).");
		}
		long failing = this.records.failingCandidates();
		if (failing > 0) {
			problems.add(failing + " candidates waiting to retry.");
		}
		long lag = this.metrics.lagSeconds();
		if (lag > ACCEPTABLE_LAG.toSeconds()) {
			problems.add("The mirror is " + lag + " s behind.");
		}
		Health.Builder health = problems.isEmpty() ? Health.up() : Health.status(DEGRADED);
		return health.withDetail("message", problems.isEmpty() ? "syncing" : problems.get(0))
			.withDetail("problems", problems)
			.withDetail("sync", this.setup.findings().mirrorBlocked() ? "paused" : "on")
			.withDetail("lagSeconds", lag)
			.withDetail("failingCandidates", failing)
			.withDetail("pendingErasures", erasures)
			.build();
	}

}
