package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.recruitbot.intake.InboxClaims.ClaimedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What becomes of a message whose processing failed, by what failed. A lost claim: nothing, the message is another
 * worker's. Something the message needs was down: back, with its attempt given back, while the workers pause. The
 * message itself: retried with backoff, and a dead letter after its last attempt.
 */
@Component
class MessageFailures {

	private static final Logger log = LoggerFactory.getLogger(MessageFailures.class);

	private final InboxClaims claims;

	private final InboxSettings settings;

	private final IntakeMetrics metrics;

	private final Clock clock;

	private final InfrastructureOutage outage;

	MessageFailures(InboxClaims claims, InboxSettings settings, IntakeMetrics metrics, Clock clock,
			InfrastructureOutage outage) {
		this.claims = claims;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
		this.outage = outage;
	}

	void failed(ClaimedMessage claimed, Throwable failure) {
		if (InfrastructureOutage.causedBy(failure, List.of(ClaimLostException.class))) {
			log.warn("Inbox message {} was taken over by another worker; this one wrote nothing for it", claimed.id());
		}
		else if (InfrastructureOutage.isInfrastructure(failure)) {
			released(claimed, failure);
		}
		else {
			ownFailure(claimed, failure);
		}
	}

	private void released(ClaimedMessage claimed, Throwable failure) {
		Duration pause = this.outage.began(failure);
		try {
			this.claims.release(claimed, describe(failure), this.clock.instant().plus(pause));
		}
		catch (DataAccessException ex) {
			log.warn("Could not put inbox message {} back; it is retried when its lease expires", claimed.id());
		}
	}

	private void ownFailure(ClaimedMessage claimed, Throwable failure) {
		boolean deadLetter = claimed.attempts() >= this.settings.maxAttempts();
		String error = describe(failure);
		try {
			this.claims.fail(claimed, error, this.clock.instant().plus(this.settings.retryDelay(claimed.attempts())),
					deadLetter);
		}
		catch (DataAccessException ex) {
			log.warn("Could not record the failure of inbox message {}; it is retried when its lease expires",
					claimed.id());
			return;
		}
		if (deadLetter) {
			this.metrics.deadLettered();
			log.error("Inbox message {} failed {} times and is now a dead letter: {}", claimed.id(), claimed.attempts(),
					error);
		}
		else {
			log.warn("Inbox message {} failed (attempt {} of {}), will retry: {}", claimed.id(), claimed.attempts(),
					this.settings.maxAttempts(), error);
		}
	}

	/**
	 * The failure's classes, outermost first, and where it was thrown, never its messages: a database error quotes the
	 * value it refused, which is what the candidate wrote. This text is logged and shown by {@code /api/dead-letters}.
	 */
	static String describe(Throwable failure) {
		StringBuilder described = new StringBuilder();
		Throwable innermost = failure;
		for (Throwable cause = failure; cause != null && described.length() < 400; cause = cause.getCause()) {
			described.append((described.length() == 0) ? "" : " < ").append(cause.getClass().getSimpleName());
			innermost = cause;
		}
		StackTraceElement[] frames = failure.getStackTrace();
		if (frames.length > 0) {
			described.append(" at ").append(frames[0].getClassName()).append('.').append(frames[0].getMethodName());
		}
		if (innermost instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
			described.append(" (SQL state ").append(sql.getSQLState()).append(')');
		}
		return described.toString();
	}

}
