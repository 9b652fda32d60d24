package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * WhatsApp's 24-hour customer-service window: free-form messages are only allowed within 24 hours of the
 * candidate's last message; after that only a pre-approved template. Derived from the transcript, so there is no
 * state to keep in step.
 */
@Component
class CustomerServiceWindow {

	static final Duration LENGTH = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	CustomerServiceWindow(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isOpen(String phone) {
		Instant last = lastInbound(phone);
		return last != null && last.isAfter(this.clock.instant().minus(LENGTH));
	}

	/** When the candidate with this number last wrote; null when never (or not a candidate). */
	Instant lastInbound(String phone) {
		return this.jdbc.sql("""
				select max(m.at) as last_at from message m
				where m.candidate_id = (select c.id from candidate c where c.phone = :phone) and m.direction = 'inbound'""")
			.param("phone", phone)
			.query((row, n) -> SqlTimestamps.read(row, "last_at"))
			.optional()
			.orElse(null);
	}

}
