package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.recruitbot.intake.WebhookDelivery.ProviderError;
import io.recruitbot.whatsapp.DeliveryStatusUpdate;
import io.recruitbot.whatsapp.DeliveryStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a verified delivery: its messages go into the inbox and its status reports onto the outbound messages, in
 * one short transaction. When this returns the delivery is durable and may be acknowledged; the workers are woken
 * for whatever was new.
 */
@Service
class WebhookIntake {

	private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

	private final Inbox inbox;

	private final InboxWriter writer;

	private final DeliveryStatuses deliveryStatuses;

	private final TransactionTemplate transactions;

	private final InboxWorkers workers;

	private final IntakeMetrics metrics;

	/** A delivery can carry any number of errors: each is counted, and said at most every 10 s. */
	private final RateLimitedLog providerErrors;

	WebhookIntake(Inbox inbox, InboxWriter writer, DeliveryStatuses deliveryStatuses, TransactionTemplate transactions,
			InboxWorkers workers, IntakeMetrics metrics, Clock clock) {
		this.inbox = inbox;
		this.writer = writer;
		this.deliveryStatuses = deliveryStatuses;
		this.transactions = transactions;
		this.workers = workers;
		this.metrics = metrics;
		this.providerErrors = new RateLimitedLog(log, Duration.ofSeconds(10), clock);
	}

	/** Stores the delivery; a storage failure propagates so the provider is told to retry. */
	void accept(String provider, WebhookDelivery delivery) {
		this.metrics.received(provider);
		for (ProviderError error : delivery.errors()) {
			this.providerErrors.warn(provider + " reported an error: code " + error.code() + " (" + error.title() + ")");
			this.metrics.providerError(provider);
		}
		List<InboundMessage> messages = delivery.messages();
		if (messages.isEmpty() && delivery.statuses().isEmpty()) {
			return;
		}
		int fresh = delivery.statuses().isEmpty() ? this.writer.store(provider, messages) : storeWithStatuses(provider,
				delivery);
		if (fresh < messages.size()) {
			this.metrics.deduplicated(messages.size() - fresh);
		}
		if (fresh > 0) {
			// the inbox's figures are read afresh: a depth of 0 taken before these arrived must not be shown after
			this.metrics.refresh();
			this.workers.wake();
		}
	}

	/** Messages and status reports together, all or nothing. Messages alone go through the group commit. */
	private int storeWithStatuses(String provider, WebhookDelivery delivery) {
		Integer stored = this.transactions.execute((status) -> {
			int fresh = this.inbox.store(provider, delivery.messages());
			for (DeliveryStatusUpdate update : delivery.statuses()) {
				this.deliveryStatuses.record(update);
			}
			return fresh;
		});
		return (stored != null) ? stored : 0;
	}

}
