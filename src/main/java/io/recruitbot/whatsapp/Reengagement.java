package io.recruitbot.whatsapp;

import java.time.Instant;
import java.util.UUID;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks a candidate whose window has closed to write again, with the configured template. Once per silence: a
 * second template before the candidate answers the first would only annoy (and cost money). Only candidates: a number
 * that is no candidate (any more) is never contacted on our own initiative, least of all after an erasure.
 */
@Component
class Reengagement {

	private final JdbcClient jdbc;

	private final CandidateRepository candidates;

	private final CustomerServiceWindow window;

	private final Outbox outbox;

	private final WhatsAppSettings settings;

	Reengagement(JdbcClient jdbc, CandidateRepository candidates, CustomerServiceWindow window, Outbox outbox,
			WhatsAppSettings settings) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.window = window;
		this.outbox = outbox;
		this.settings = settings;
	}

	/** Queues the template unless one is already queued or sent since the candidate last wrote; true when queued. */
	boolean offer(String phone) {
		UUID candidateId = this.candidates.idOf(phone).orElse(null);
		if (candidateId == null) {
			return false;
		}
		Instant lastInbound = this.window.lastInbound(phone);
		long offered = this.jdbc.sql("""
				select count(*) from outbox_message
				where recipient = :phone and kind = 'template' and state <> 'FAILED'
				  and created_at >= :since""")
			.param("phone", phone)
			.param("since", SqlTimestamps.param((lastInbound != null) ? lastInbound : Instant.EPOCH))
			.query(Long.class)
			.single();
		if (offered > 0) {
			return false;
		}
		this.outbox.enqueue(new OutboundMessage(candidateId, phone, this.settings.reengagement(), null));
		return true;
	}

}
