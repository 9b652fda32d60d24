package io.recruitbot.intake;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} health component: the inbox backlog and dead letters. A backlog alone is not an illness (a burst of
 * deliveries drains by itself), so it is UP, or DEGRADED once the oldest waiting message has waited so long that the
 * workers are evidently stuck. Never DOWN: restarting the service would not help a backlog.
 */
@Component("jobs")
class JobsHealthIndicator implements HealthIndicator {

	static final Duration STUCK_AFTER = Duration.ofMinutes(15);

	private final IntakeMetrics metrics;

	JobsHealthIndicator(IntakeMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public Health health() {
		InboxStatistics statistics = this.metrics.statistics();
		boolean stuck = statistics.oldestAge().compareTo(STUCK_AFTER) > 0;
		Health.Builder health = stuck ? Health.status("DEGRADED") : Health.up();
		return health.withDetail("inboxDepth", statistics.depth())
			.withDetail("oldestPendingSeconds", statistics.oldestAge().toSeconds())
			.withDetail("deadLetters", statistics.deadLetters())
			.build();
	}

}
