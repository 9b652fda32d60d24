package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where outbound messages are written: a transcript row and a delivery job, in the transaction of the state change
 * that caused them, so a reply is sent if and only if that change committed. The relay delivers them.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Outbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public UUID enqueue(OutboundMessage message) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		if (message.candidateId() != null) {
			this.jdbc.sql("""
					insert into message (id, candidate_id, direction, type, text, status, status_at, at)
					values (?, ?, 'outbound', ?, ?, 'queued', ?, ?)""")
				.params(id, message.candidateId(), message.content().kind(), message.content().body(),
						SqlTimestamps.param(now), SqlTimestamps.param(now))
				.update();
		}
		this.jdbc.sql("""
				insert into outbox_message (id, candidate_id, recipient, kind, payload, awaiting_field, state, attempts,
				  next_attempt_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
			.params(id, message.candidateId(), message.to(), message.content().kind(),
					this.json.writeValueAsString(message.content()), message.awaitingField(), SqlTimestamps.param(now),
					SqlTimestamps.param(now), SqlTimestamps.param(now))
			.update();
		return id;
	}

}
