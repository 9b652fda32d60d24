package io.recruitbot.whatsapp;

import java.util.Locale;

import io.recruitbot.candidate.Transcript;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies provider status reports to outbound messages, through the candidate module's transcript (where statuses
 * only move forward). A message that failed because the customer-service window had closed (131047) is followed by
 * the re-engagement template.
 */
@Service
public class DeliveryStatuses {

	private final JdbcClient jdbc;

	private final Transcript transcript;

	private final Reengagement reengagement;

	DeliveryStatuses(JdbcClient jdbc, Transcript transcript, Reengagement reengagement) {
		this.jdbc = jdbc;
		this.transcript = transcript;
		this.reengagement = reengagement;
	}

	/** Records the update; false when the message is unknown or already further along. */
	@Transactional
	public boolean record(DeliveryStatusUpdate update) {
		boolean applied = this.transcript.recordDeliveryStatus(update.providerMessageId(), update.status(), update.at(),
				update.errorCode());
		if (update.status().toLowerCase(Locale.ROOT).equals("failed") && DeliveryFailure.WINDOW_CLOSED.equals(update.errorCode())) {
			reengage(update.providerMessageId());
		}
		return applied;
	}

	private void reengage(String providerMessageId) {
		this.jdbc.sql("select recipient from outbox_message where provider_message_id = ?")
			.param(providerMessageId)
			.query(String.class)
			.optional()
			.ifPresent(this.reengagement::offer);
	}


}
