package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.langchain4j.exception.RetriableException;
import io.github.resilience4j.core.IntervalFunction;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Whether the inbox workers are paused because something every message needs is down: the database, Redis (the
 * checkpoints), a model or WhatsApp provider. Such a failure is no fault of the message, so it does not use up the
 * message's attempts (which lead to a dead letter); instead all workers pause, for a back-off that doubles with each
 * failure in a row up to a cap, and resume at the first message processed. Shown as {@code recruitbot.inbox.paused}
 * and in the {@code jobs} health component.
 */
@Component
class InfrastructureOutage {

	private static final Logger log = LoggerFactory.getLogger(InfrastructureOutage.class);

	/**
	 * Exception types meaning "could not reach it", found anywhere in the cause chain (the screening graph wraps what
	 * its nodes and checkpoint stores throw). Spring translates every store's failures into the first two: Redis's
	 * {@code RedisConnectionFailureException} and JDBC's {@code CannotGetJdbcConnectionException} are resource failures,
	 * {@code QueryTimeoutException} and a lost lock race are transient.
	 */
	private static final List<Class<? extends Throwable>> INFRASTRUCTURE = List.of(
			DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, ResourceAccessException.class, RetriableException.class);

	private final IntervalFunction backoff;

	private final Clock clock;

	private int failuresInARow;

	private Instant pausedUntil = Instant.MIN;

	private String cause;

	InfrastructureOutage(InboxSettings settings, Clock clock, MeterRegistry meters) {
		this.backoff = settings.outagePauses();
		this.clock = clock;
		Gauge.builder("recruitbot.inbox.paused", this, (outage) -> outage.paused() ? 1 : 0)
			.description("1 while the inbox workers wait for the database, Redis or a provider to come back")
			.register(meters);
	}

	static boolean isInfrastructure(Throwable failure) {
		return causedBy(failure, INFRASTRUCTURE);
	}

	/** Whether the failure or any of its causes is of one of the types. */
	static boolean causedBy(Throwable failure, List<Class<? extends Throwable>> types) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			Throwable link = cause;
			if (types.stream().anyMatch((type) -> type.isInstance(link))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records an outage and pauses the workers; the failures of workers that had started before the pause count once.
	 * @return how long the workers pause
	 */
	synchronized Duration began(Throwable failure) {
		Instant now = this.clock.instant();
		if (now.isBefore(this.pausedUntil)) {
			return Duration.between(now, this.pausedUntil);
		}
		this.failuresInARow++;
		Duration pause = Duration.ofMillis(this.backoff.apply(this.failuresInARow));
		this.pausedUntil = now.plus(pause);
		this.cause = failure.getClass().getSimpleName();
		// the message text names the host at most; it never holds what a candidate wrote
		log.warn("Inbox workers pause for {} ms ({} failure in a row): {}: {}", pause.toMillis(), this.failuresInARow,
				this.cause, failure.getMessage());
		return pause;
	}

	/** A message went through: whatever was down is back. */
	synchronized void ended() {
		if (this.failuresInARow > 0) {
			log.info("Inbox workers resume: {} is reachable again", this.cause);
			this.failuresInARow = 0;
			this.pausedUntil = Instant.MIN;
			this.cause = null;
		}
	}

	/** How much longer the workers pause; zero when they run. */
	synchronized Duration remaining() {
		Instant now = this.clock.instant();
		return now.isBefore(this.pausedUntil) ? Duration.between(now, this.pausedUntil) : Duration.ZERO;
	}

	boolean paused() {
		return !remaining().isZero();
	}

	/** What the last outage was, as an exception type name; null while none is going on. */
	synchronized String cause() {
		return this.cause;
	}

}
