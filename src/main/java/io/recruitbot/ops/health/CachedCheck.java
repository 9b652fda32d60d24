package io.recruitbot.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One component's check, run at most once at a time and remembered for a short while. A caller waits only for its own
 * budget: a dependency that hangs costs the caller that budget, never the check's full timeout, and it can never pile
 * up threads because a second check does not start while one is still running.
 */
final class CachedCheck {

	private final Supplier<ComponentReport> check;

	private final Executor executor;

	private final Clock clock;

	private final Duration freshFor;

	private final Duration timeout;

	private volatile Checked last;

	private CompletableFuture<ComponentReport> running;

	private Instant runningSince;

	CachedCheck(Supplier<ComponentReport> check, Executor executor, Clock clock, Duration freshFor, Duration timeout) {
		this.check = check;
		this.executor = executor;
		this.clock = clock;
		this.freshFor = freshFor;
		this.timeout = timeout;
	}

	ComponentReport report(Duration budget) {
		Checked known = this.last;
		if (known != null && known.at().plus(this.freshFor).isAfter(this.clock.instant())) {
			return known.report();
		}
		CompletableFuture<ComponentReport> pending = start();
		try {
			return pending.get(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return whileStillRunning(known);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ComponentReport.down("check interrupted", null);
		}
		catch (ExecutionException ex) {
			return ComponentReport.down("check failed: " + ex.getCause().getClass().getSimpleName(), null);
		}
	}

	/** Begins a check unless one is running; gives the running one. */
	CompletableFuture<ComponentReport> start() {
		CompletableFuture<ComponentReport> check = new CompletableFuture<>();
		Instant since = this.clock.instant();
		synchronized (this) {
			if (this.running != null) {
				return this.running;
			}
			this.runningSince = since;
			this.running = check;
		}
		// registered before it runs: a check that completes at once still clears itself, instead of handing its
		// first answer to every later caller
		this.executor.execute(() -> {
			try {
				check.complete(timed(since));
			}
			catch (RuntimeException | Error ex) {
				// an Error too (a class that cannot be loaded, say): a check that never completes would leave its
				// last answer standing for ever
				check.completeExceptionally(ex);
			}
			finally {
				finished(check);
			}
		});
		return check;
	}

	private ComponentReport timed(Instant since) {
		ComponentReport report = this.check.get();
		Instant now = this.clock.instant();
		Long latency = (report.latencyMs() != null) ? report.latencyMs() : Duration.between(since, now).toMillis();
		ComponentReport withLatency = new ComponentReport(report.status(), report.message(), latency, report.metadata());
		this.last = new Checked(withLatency, now);
		return withLatency;
	}

	private void finished(CompletableFuture<ComponentReport> check) {
		synchronized (this) {
			if (this.running == check) {
				this.running = null;
				this.runningSince = null;
			}
		}
	}

	/** A slow answer keeps the previous result until the timeout; a hanging one is down. */
	private ComponentReport whileStillRunning(Checked known) {
		Instant since;
		synchronized (this) {
			since = this.runningSince;
		}
		long runningMs = (since != null) ? Duration.between(since, this.clock.instant()).toMillis() : 0;
		if (known != null && runningMs < this.timeout.toMillis()) {
			return known.report();
		}
		return ComponentReport.down("no answer within " + Math.max(runningMs, 1) + " ms", runningMs);
	}

	private record Checked(ComponentReport report, Instant at) {
	}

}
