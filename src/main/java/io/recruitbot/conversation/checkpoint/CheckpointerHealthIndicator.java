package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the active checkpoint store answers, within a second: a slow store shows as down instead of stalling the
 * health endpoint; DEGRADED while checkpoints of erased conversations could not be deleted yet. Details name the store,
 * its limits and that count only, never a conversation.
 */
@Component("checkpointer")
class CheckpointerHealthIndicator implements HealthIndicator {

	static final Duration TIMEOUT = Duration.ofSeconds(1);

	static final Status DEGRADED = new Status("DEGRADED", "Checkpoints of erased conversations wait to be deleted");

	private static final Executor PROBES = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "checkpointer-health");
		thread.setDaemon(true);
		return thread;
	});

	private final CheckpointStore checkpoints;

	private final CheckpointSettings settings;

	private final LongSupplier pendingErasures;

	@Autowired
	CheckpointerHealthIndicator(CheckpointStore checkpoints, CheckpointSettings settings,
			ErasedCandidateCheckpoints erasures) {
		this(checkpoints, settings, erasures::pending);
	}

	CheckpointerHealthIndicator(CheckpointStore checkpoints, CheckpointSettings settings, LongSupplier pendingErasures) {
		this.checkpoints = checkpoints;
		this.settings = settings;
		this.pendingErasures = pendingErasures;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.unknown()
			.withDetail("store", this.checkpoints.kind())
			.withDetail("historySize", this.settings.historySize())
			.withDetail("retentionDays", this.settings.retentionDays());
		try {
			long pending = CompletableFuture.supplyAsync(() -> {
				this.checkpoints.checkReachable();
				return this.pendingErasures.getAsLong();
			}, PROBES).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			// an erased conversation whose checkpoints are still stored is a GDPR debt, retried until paid
			return ((pending > 0) ? health.status(DEGRADED) : health.up()).withDetail("erasuresPending", pending).build();
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
