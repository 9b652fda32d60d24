package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;

import io.recruitbot.system.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Any storage failure while taking in a message is answered 503, whatever its kind (no connection, no transaction, a
 * lost connection mid-statement): the sender then delivers it again, and nothing is lost. A delivery the database
 * refuses for its content is the exception: it would be refused again on every retry (Meta retries for a week), so it
 * is answered 422 once.
 */
@RestControllerAdvice(assignableTypes = { WhatsAppWebhookController.class, SandboxInboundController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(StorageUnavailableAdvice.class);

	private final IntakeMetrics metrics;

	/** Once per delivery during an outage would be thousands of lines a second. */
	private final RateLimitedLog unavailable;

	private final RateLimitedLog unstorable;

	StorageUnavailableAdvice(IntakeMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.unavailable = new RateLimitedLog(log, Duration.ofSeconds(10), clock);
		this.unstorable = new RateLimitedLog(log, Duration.ofSeconds(10), clock);
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ApiError> storageUnavailable(RuntimeException ex) {
		this.unavailable.warn("Could not store an inbound delivery, answering 503 so that it is delivered again: "
				+ ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(new ApiError("storage_unavailable", "Storage is unavailable; deliver this again shortly."));
	}

	/** The database's message may quote the delivery, so only the kind of refusal is logged. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ApiError> unstorable(DataIntegrityViolationException ex) {
		this.unstorable.warn("Refused an inbound delivery the database cannot hold (" + ex.getClass().getSimpleName() + ")");
		this.metrics.rejected("unstorable");
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.body(new ApiError("unstorable_delivery", "The delivery holds data that cannot be stored."));
	}

}
