package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.recruitbot.whatsapp.OutboundMessage.Content;
import io.recruitbot.whatsapp.OutboundMessage.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Delivers one claimed job: checks the customer-service window, calls the gateway, and records the answer. Free-form
 * messages outside the window are not sent; the candidate gets the re-engagement template instead.
 */
@Component
class MessageDelivery {

	/** Our own verdict before calling the provider; the provider's is {@link DeliveryFailure#WINDOW_CLOSED}. */
	static final String WINDOW_CLOSED = "window_closed";

	private static final Logger log = LoggerFactory.getLogger(MessageDelivery.class);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

	private static final int RECORDING_ATTEMPTS = 5;

	private final OutboxJobs jobs;

	private final WhatsAppGateway gateway;

	private final CustomerServiceWindow window;

	private final Reengagement reengagement;

	private final OutboundMetrics metrics;

	private final RelaySettings settings;

	private final JsonMapper json;

	private final Clock clock;

	MessageDelivery(OutboxJobs jobs, WhatsAppGateway gateway, CustomerServiceWindow window, Reengagement reengagement,
			OutboundMetrics metrics, RelaySettings settings, JsonMapper json, Clock clock) {
		this.jobs = jobs;
		this.gateway = gateway;
		this.window = window;
		this.reengagement = reengagement;
		this.metrics = metrics;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	void deliver(OutboxJob job, String relay) {
		Content content = job.content(this.json);
		// a job without candidate is the confirmation to someone who just had their data erased: it answers the message
		// they sent a moment ago, so the window is open, though the transcript that proves it is gone
		boolean answersAnErasure = job.candidateId() == null;
		if (!(content instanceof Template) && !answersAnErasure && !this.window.isOpen(job.recipient())) {
			fail(job, relay, WINDOW_CLOSED, "the 24-hour customer-service window is closed; sent the template instead");
			this.reengagement.offer(job.recipient());
			return;
		}
		String providerMessageId;
		try {
			providerMessageId = this.gateway.send(job.recipient(), content);
		}
		catch (DeliveryFailure failure) {
			handle(job, relay, failure, content instanceof Template);
			return;
		}
		record(job, () -> this.jobs.markSent(job, relay, providerMessageId, this.clock.instant()));
		this.metrics.sent(this.gateway.provider(), job.kind());
	}

	/**
	 * A template is what a closed window asks for, so a refused template is a failure like any other (backoff, then
	 * final); offering another template for it would re-queue at once, without end.
	 */
	private void handle(OutboxJob job, String relay, DeliveryFailure failure, boolean template) {
		if (failure.windowClosed() && !template) {
			fail(job, relay, failure.code(), failure.getMessage());
			this.reengagement.offer(job.recipient());
		}
		else if (failure.retryable() && job.attempts() < this.settings.maxAttempts()) {
			Instant at = this.clock.instant().plus(waitBefore(job.attempts(), failure.retryAfter()));
			log.info("Outbound message {} to be retried at {} after {}", job.id(), at, failure.code());
			record(job, () -> this.jobs.retryLater(job, relay, at, failure.code(), failure.getMessage(),
					this.clock.instant()));
		}
		else {
			log.warn("Outbound message {} failed for good: {}", job.id(), failure.getMessage());
			fail(job, relay, failure.code(), failure.getMessage());
		}
	}

	private void fail(OutboxJob job, String relay, String code, String error) {
		record(job, () -> this.jobs.markFailed(job, relay, code, error, this.clock.instant()));
		this.metrics.failed(this.gateway.provider(), code);
	}

	/**
	 * Exponential backoff from 2 seconds up to 5 minutes, or longer when the provider asked for it with
	 * {@code Retry-After}.
	 */
	static Duration waitBefore(int attempt, Duration retryAfter) {
		Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
		if (backoff.compareTo(LONGEST_RETRY) > 0) {
			backoff = LONGEST_RETRY;
		}
		return (retryAfter != null && retryAfter.compareTo(backoff) > 0) ? retryAfter : backoff;
	}

	/**
	 * Records what the provider answered, trying again while the database is briefly away: losing this answer is
	 * what could make the message go out twice. The attempts fit well within the lease.
	 */
	private void record(OutboxJob job, Runnable recording) {
		for (int attempt = 1;; attempt++) {
			try {
				recording.run();
				return;
			}
			catch (DataAccessException ex) {
				if (attempt == RECORDING_ATTEMPTS) {
					log.error("Could not record the delivery of outbound message {}; its lease will expire", job.id(), ex);
					return;
				}
				sleep(Duration.ofMillis(500L << attempt));
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
