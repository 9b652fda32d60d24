package io.recruitbot.intake;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} health component: the inbox backlog, dead letters and whether the workers run. A backlog alone is
 * not an illness (a burst of deliveries drains by itself), so it is UP, or DEGRADED once the oldest waiting message
 * has waited so long that the workers are evidently stuck, or while they pause for an outage of something they need.
 * Never DOWN: restarting the service would not help a backlog, nor bring Redis back.
 */
@Component("jobs")
class JobsHealthIndicator implements HealthIndicator {

	static final Duration STUCK_AFTER = Duration.ofMinutes(15);

	private final IntakeMetrics metrics;

	private final InfrastructureOutage outage;

	JobsHealthIndicator(IntakeMetrics metrics, InfrastructureOutage outage) {
		this.metrics = metrics;
		this.outage = outage;
	}

	@Override
	public Health health() {
		InboxStatistics statistics = this.metrics.statistics();
		boolean stuck = statistics.oldestAge().compareTo(STUCK_AFTER) > 0;
		boolean paused = this.outage.paused();
		Health.Builder health = (stuck || paused) ? Health.status("DEGRADED") : Health.up();
		health.withDetail("inboxDepth", statistics.depth())
			.withDetail("oldestPendingSeconds", statistics.oldestAge().toSeconds())
			.withDetail("deadLetters", statistics.deadLetters())
			.withDetail("workers", paused ? "paused" : "running");
		if (paused) {
			health.withDetail("pausedBy", this.outage.cause());
		}
		return health.build();
	}

}
