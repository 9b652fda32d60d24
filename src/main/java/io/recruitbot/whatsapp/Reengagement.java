package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks a candidate whose window has closed to write again, with the configured template. Once per silence while a
 * template is on its way or delivered: a second one before the candidate answers the first would only annoy (and cost
 * money). A failed template may be followed by another, but within {@link ReengagementSettings}: at most so many a
 * day and so many per silence. Only candidates: a number that is no candidate (any more) is never contacted on our own
 * initiative, least of all after an erasure.
 */
@Component
class Reengagement {

	private static final Duration DAY = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final CandidateRepository candidates;

	private final CustomerServiceWindow window;

	private final Outbox outbox;

	private final WhatsAppSettings settings;

	private final ReengagementSettings limits;

	private final Clock clock;

	Reengagement(JdbcClient jdbc, CandidateRepository candidates, CustomerServiceWindow window, Outbox outbox,
			WhatsAppSettings settings, ReengagementSettings limits, Clock clock) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.window = window;
		this.outbox = outbox;
		this.settings = settings;
		this.limits = limits;
		this.clock = clock;
	}

	/** Queues the template unless the candidate's limits say no; true when queued. */
	boolean offer(String phone) {
		UUID candidateId = this.candidates.idOf(phone).orElse(null);
		if (candidateId == null || !allowed(phone)) {
			return false;
		}
		this.outbox.enqueue(new OutboundMessage(candidateId, phone, this.settings.reengagement(), null));
		return true;
	}

	private boolean allowed(String phone) {
		Instant lastInbound = this.window.lastInbound(phone);
		Instant silenceBegan = (lastInbound != null) ? lastInbound : Instant.EPOCH;
		Instant dayAgo = this.clock.instant().minus(DAY);
		Offered offered = this.jdbc.sql("""
				select
				  coalesce(sum(case when created_at >= :dayAgo then 1 else 0 end), 0) as today,
				  coalesce(sum(case when created_at >= :silenceBegan then 1 else 0 end), 0) as this_silence,
				  coalesce(sum(case when created_at >= :silenceBegan and state <> 'FAILED' then 1 else 0 end), 0) as alive
				from outbox_message
				where recipient = :phone and kind = 'template' and (created_at >= :dayAgo or created_at >= :silenceBegan)""")
			.param("phone", phone)
			.param("dayAgo", SqlTimestamps.param(dayAgo))
			.param("silenceBegan", SqlTimestamps.param(silenceBegan))
			.query((row, n) -> new Offered(row.getLong("today"), row.getLong("this_silence"), row.getLong("alive")))
			.single();
		return offered.alive() == 0 && offered.today() < this.limits.perDay()
				&& offered.thisSilence() < this.limits.perSilence();
	}

	/** Templates to the number within the last day, since the candidate last wrote, and of those not failed. */
	private record Offered(long today, long thisSilence, long alive) {
	}

}
