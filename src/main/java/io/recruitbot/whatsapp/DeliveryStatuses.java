package io.recruitbot.whatsapp;

import java.util.List;
import java.util.Locale;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies provider status reports to outbound messages. Statuses only move forward (queued, sent, delivered, read;
 * failed from anywhere before read), so a late {@code sent} never overwrites {@code read}. A message that failed
 * because the customer-service window had closed (131047) is followed by the re-engagement template.
 */
@Service
public class DeliveryStatuses {

	private static final List<String> ORDER = List.of("queued", "sent", "delivered", "read");

	private final JdbcClient jdbc;

	private final Reengagement reengagement;

	DeliveryStatuses(JdbcClient jdbc, Reengagement reengagement) {
		this.jdbc = jdbc;
		this.reengagement = reengagement;
	}

	/** Records the update; false when the message is unknown or already further along. */
	@Transactional
	public boolean record(DeliveryStatusUpdate update) {
		String status = update.status().toLowerCase(Locale.ROOT);
		List<String> earlier = earlierThan(status);
		if (earlier.isEmpty()) {
			return false;
		}
		boolean applied = this.jdbc.sql("""
				update message set status = :status, status_at = :at, error_code = :errorCode
				where provider_message_id = :id and direction = 'outbound' and (status is null or status in (:earlier))""")
			.param("status", status)
			.param("at", SqlTimestamps.param(update.at()))
			.param("errorCode", update.errorCode())
			.param("id", update.providerMessageId())
			.param("earlier", earlier)
			.update() > 0;
		if (status.equals("failed") && DeliveryFailure.WINDOW_CLOSED.equals(update.errorCode())) {
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

	private static List<String> earlierThan(String status) {
		if (status.equals("failed")) {
			return List.of("queued", "sent", "delivered");
		}
		int rank = ORDER.indexOf(status);
		return (rank <= 0) ? List.of() : ORDER.subList(0, rank);
	}

}
