package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the active checkpoint store answers, within a second: a slow store shows as down instead of stalling the
 * health endpoint. Details name the store and its limits only, never a conversation.
 */
@Component("checkpointer")
class CheckpointerHealthIndicator implements HealthIndicator {

	static final Duration TIMEOUT = Duration.ofSeconds(1);

	private static final Executor PROBES = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "checkpointer-health");
		thread.setDaemon(true);
		return thread;
	});

	private final CheckpointStore checkpoints;

	private final CheckpointSettings settings;

	CheckpointerHealthIndicator(CheckpointStore checkpoints, CheckpointSettings settings) {
		this.checkpoints = checkpoints;
		this.settings = settings;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.unknown()
			.withDetail("store", this.checkpoints.kind())
			.withDetail("historySize", this.settings.historySize())
			.withDetail("retentionDays", this.settings.retentionDays());
		try {
			CompletableFuture.runAsync(this.checkpoints::checkReachable, PROBES)
				.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return health.up().build();
		}
		catch (TimeoutException ex) {
			return health.down().withDetail("error", "no answer within " + TIMEOUT.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return health.down().withDetail("error", ex.getCause().getClass().getSimpleName()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return health.down().withDetail("error", "interrupted").build();
		}
	}

}
