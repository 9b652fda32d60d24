package io.recruitbot.conversation.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * Decides whether the model is called at all, and bounds the call: a circuit breaker (five failures in ten calls, or
 * one 429/529/503, keep the model away), a rate limiter (no waiting: over the limit the offline reader answers) and a
 * time limit. A server that pushes back is left alone for its {@code retry-after}, or else for a back-off that doubles
 * with every push-back in a row up to the maximum. Every wait is measured on the injected clock.
 */
final class ModelGuard implements AutoCloseable {

	/** Why the model was not called, or how a call ended. */
	enum Verdict {

		SUCCESS, ERROR, TIMEOUT, PUSHED_BACK, CIRCUIT_OPEN, RATE_LIMITED;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** A call's answer (null unless SUCCESS), how it ended and how long it took. */
	record Outcome<T>(T answer, Verdict verdict, Duration took, Throwable failure) {
	}

	private final CircuitBreaker breaker;

	private final RateLimiter rateLimiter;

	private final TimeLimiter timeLimiter;

	private final Clock clock;

	private final LlmSettings settings;

	private final ExecutorService calls = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "llm-call");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger pushbacksInARow = new AtomicInteger();

	private final AtomicReference<String> reason = new AtomicReference<>("");

	private volatile Instant openUntil = Instant.EPOCH;

	ModelGuard(LlmSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
			.clock(clock)
			.slidingWindowSize(10)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.waitDurationInOpenState(settings.backOff())
			.permittedNumberOfCallsInHalfOpenState(1)
			.recordException((failure) -> true)
			.build());
		this.rateLimiter = RateLimiter.of("llm", RateLimiterConfig.custom()
			.limitForPeriod(settings.callsPerSecond())
			.limitRefreshPeriod(Duration.ofSeconds(1))
			.timeoutDuration(Duration.ZERO)
			.build());
		this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
			.timeoutDuration(settings.timeout().plusMillis(500))
			.cancelRunningFuture(true)
			.build());
	}

	<T> Outcome<T> call(Supplier<T> call) {
		if (!this.breaker.tryAcquirePermission()) {
			return new Outcome<>(null, Verdict.CIRCUIT_OPEN, Duration.ZERO, null);
		}
		if (!this.rateLimiter.acquirePermission()) {
			this.breaker.releasePermission();
			return new Outcome<>(null, Verdict.RATE_LIMITED, Duration.ZERO, null);
		}
		long start = System.nanoTime();
		try {
			T answer = this.timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(call, this.calls));
			this.breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			this.pushbacksInARow.set(0);
			this.reason.set("");
			return new Outcome<>(answer, Verdict.SUCCESS, Duration.ofNanos(System.nanoTime() - start), null);
		}
		catch (Exception ex) {
			Throwable failure = (ex.getCause() != null && ex instanceof java.util.concurrent.ExecutionException)
					? ex.getCause() : ex;
			long took = System.nanoTime() - start;
			this.breaker.onError(took, TimeUnit.NANOSECONDS, failure);
			return new Outcome<>(null, verdict(failure), Duration.ofNanos(took), failure);
		}
	}

	private Verdict verdict(Throwable failure) {
		Optional<ModelBusyException> busy = ModelBusyException.in(failure).filter(ModelBusyException::pushesBack);
		if (busy.isPresent()) {
			stayAway(busy.get());
			return Verdict.PUSHED_BACK;
		}
		if (failure instanceof java.util.concurrent.TimeoutException
				|| failure instanceof dev.langchain4j.exception.TimeoutException) {
			return Verdict.TIMEOUT;
		}
		return Verdict.ERROR;
	}

	private void stayAway(ModelBusyException busy) {
		int inARow = this.pushbacksInARow.incrementAndGet();
		Duration backOff = this.settings.backOff().multipliedBy(1L << Math.min(inARow - 1, 16));
		Duration wait = busy.retryAfter().orElse(backOff);
		if (wait.compareTo(this.settings.maxBackOff()) > 0) {
			wait = this.settings.maxBackOff();
		}
		this.reason.set("the model server answered " + busy.statusCode()
				+ busy.retryAfter().map((after) -> " with retry-after " + after.toSeconds() + "s").orElse(""));
		this.openUntil = this.clock.instant().plus(wait);
		this.breaker.transitionToOpenStateFor(wait);
	}

	/** Why the model is kept away right now, or empty while it is called. */
	Optional<String> keptAway() {
		CircuitBreaker.State state = this.breaker.getState();
		if (state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN) {
			return Optional.empty();
		}
		String why = this.reason.get().isEmpty() ? "too many failed calls" : this.reason.get();
		return Optional.of(why);
	}

	/** Until when the model is kept away after a push-back (a past instant when it is not). */
	Instant openUntil() {
		return this.openUntil;
	}

	CircuitBreaker.State state() {
		return this.breaker.getState();
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
	}

}
