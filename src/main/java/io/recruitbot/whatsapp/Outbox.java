package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recruitbot.candidate.PhoneNumber;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.whatsapp.OutboundMessage.Content;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where outbound messages are written: a transcript message (through the candidate module's {@link Transcript}) and
 * a delivery job, in the transaction of the state change
 * that caused them, so a reply is sent if and only if that change committed. The relay delivers them.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	private final Transcript transcript;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Transcript transcript, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transcript = transcript;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues the message in the caller's transaction (or a new one). Content beyond WhatsApp's limits is fitted first
	 * ({@link MessageLimits}): long text becomes several messages, each with its own transcript row and job, sent in
	 * order. Answers the id of the first of them (the message row and the job share it).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public UUID enqueue(OutboundMessage message) {
		String to = PhoneNumber.normalize(message.to());
		if (to == null) {
			throw new IllegalArgumentException("An outbound message needs a recipient number, not '" + message.to() + "'");
		}
		List<Content> parts = MessageLimits.fit(message.content());
		UUID first = null;
		for (int i = 0; i < parts.size(); i++) {
			// only the last part asks the question; the parts before it are its preamble
			String awaitingField = (i == parts.size() - 1) ? message.awaitingField() : null;
			UUID id = write(message.candidateId(), to, parts.get(i), awaitingField, message.author());
			first = (first != null) ? first : id;
		}
		this.events.publishEvent(new OutboxMessageQueued());
		return first;
	}

	private UUID write(UUID candidateId, String to, Content content, String awaitingField, String author) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		if (candidateId != null) {
			this.transcript.recordOutbound(id, candidateId, content.kind(), content.body(), now, author);
		}
		this.jdbc.sql("""
				insert into outbox_message (id, candidate_id, recipient, kind, payload, awaiting_field, state, attempts,
				  next_attempt_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
			.params(id, candidateId, to, content.kind(), this.json.writeValueAsString(content), awaitingField,
					SqlTimestamps.param(now), SqlTimestamps.param(now), SqlTimestamps.param(now))
			.update();
		return id;
	}

}
