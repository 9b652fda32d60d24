package io.recruitbot.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation as it happened: every message in both directions, with the delivery status of outbound ones and
 * whether the CRM mirror has passed it on. The only writer of the {@code message} table.
 */
@Repository
public class Transcript {

	/** Outbound statuses only move forward; {@code failed} may follow any of them but {@code read}. */
	private static final List<String> DELIVERY_ORDER = List.of("queued", "sent", "delivered", "read");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/** A transcript that tells nobody of new messages: for tests of the storage alone. */
	public Transcript(JdbcClient jdbc) {
		this(jdbc, (event) -> {
		});
	}

	@Autowired
	public Transcript(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public List<TranscriptEntry> of(UUID candidateId) {
		return this.jdbc.sql("""
				select direction, text, type, at, status from message where candidate_id = ? order by at, id""")
			.param(candidateId)
			.query((row, n) -> new TranscriptEntry(row.getString("direction"), row.getString("text"),
					row.getString("type"), SqlTimestamps.read(row, "at"), row.getString("status")))
			.list();
	}

	/**
	 * Adds a message the candidate sent. Idempotent: a provider message id that is already recorded is left alone, so
	 * a message processed twice appears once.
	 * @return true when the message was new
	 */
	public boolean recordInbound(UUID candidateId, ReceivedMessage message) {
		boolean added = this.jdbc.sql("""
				insert into message (id, candidate_id, direction, provider_message_id, type, text, media_id,
				  media_mime_type, media_file_name, at)
				values (?, ?, 'inbound', ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), candidateId, message.providerMessageId(), message.type(), message.text(),
					message.mediaId(), message.mediaMimeType(), message.mediaFileName(),
					SqlTimestamps.param(message.at()))
			.update() > 0;
		if (added) {
			this.events.publishEvent(new TranscriptMessageRecorded(candidateId, "inbound", message.at()));
		}
		return added;
	}

	/** Adds a message queued for the candidate, under the id of its delivery job. */
	public void recordOutbound(UUID id, UUID candidateId, String type, String text, Instant at) {
		this.jdbc.sql("""
				insert into message (id, candidate_id, direction, type, text, status, status_at, at)
				values (?, ?, 'outbound', ?, ?, 'queued', ?, ?)""")
			.params(id, candidateId, type, text, SqlTimestamps.param(at), SqlTimestamps.param(at))
			.update();
		this.events.publishEvent(new TranscriptMessageRecorded(candidateId, "outbound", at));
	}

	/**
	 * The provider took the message under this id. It also replaces a {@code failed} or {@code unknown} that only a
	 * delivery rule decided ({@code supersededErrorCode}, a lease that ran out): the accepted send is the truth.
	 */
	public void recordSent(UUID id, String providerMessageId, Instant at, String supersededErrorCode) {
		this.jdbc.sql("""
				update message set status = 'sent', status_at = :at, provider_message_id = :providerId, error_code = null
				where id = :id and (status is null or status = 'queued'
				  or (status in ('failed', 'unknown') and error_code = :superseded))""")
			.param("providerId", providerMessageId)
			.param("at", SqlTimestamps.param(at))
			.param("id", id)
			.param("superseded", supersededErrorCode)
			.update();
	}

	/** Nobody knows whether the provider took the message (the sender stopped while sending). */
	public void recordUnknown(UUID id, String errorCode, Instant at) {
		this.jdbc.sql("""
				update message set status = 'unknown', error_code = :code, status_at = :at
				where id = :id and (status is null or status = 'queued')""")
			.param("code", errorCode)
			.param("at", SqlTimestamps.param(at))
			.param("id", id)
			.update();
	}

	/** The message will not be delivered; the transcript shows it as {@code failed} with the code. */
	public void recordFailed(UUID id, String errorCode, Instant at) {
		this.jdbc.sql("""
				update message set status = 'failed', error_code = :code, status_at = :at
				where id = :id and (status is null or status in ('queued', 'sent'))""")
			.param("code", errorCode)
			.param("at", SqlTimestamps.param(at))
			.param("id", id)
			.update();
	}

	/**
	 * Applies a provider's status report, only forward, so a late {@code sent} never overwrites {@code read}.
	 * @return false when the message is unknown or already further along
	 */
	public boolean recordDeliveryStatus(String providerMessageId, String status, Instant at, String errorCode) {
		String normalized = status.toLowerCase(Locale.ROOT);
		List<String> earlier = normalized.equals("failed") ? DELIVERY_ORDER.subList(0, 3)
				: DELIVERY_ORDER.subList(0, Math.max(DELIVERY_ORDER.indexOf(normalized), 0));
		if (earlier.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("""
				update message set status = :status, status_at = :at, error_code = :errorCode
				where provider_message_id = :id and direction = 'outbound' and (status is null or status in (:earlier))""")
			.param("status", normalized)
			.param("at", SqlTimestamps.param(at))
			.param("errorCode", errorCode)
			.param("id", providerMessageId)
			.param("earlier", earlier)
			.update() > 0;
	}

	/** When the candidate with this number last wrote; empty when never (or not a candidate). */
	public Optional<Instant> lastInboundAt(String phone) {
		return Optional.ofNullable(this.jdbc.sql("""
				select max(m.at) as last_at from message m
				where m.candidate_id = (select c.id from candidate c where c.phone = :phone) and m.direction = 'inbound'""")
			.param("phone", PhoneNumber.normalize(phone))
			.query((row, n) -> SqlTimestamps.read(row, "last_at"))
			.optional()
			.orElse(null));
	}

	/** When the first message to the candidate after {@code after} was queued; empty when none was. */
	public Optional<Instant> firstOutboundAfter(UUID candidateId, Instant after) {
		return Optional.ofNullable(this.jdbc.sql("""
				select min(at) as first_at from message where candidate_id = ? and direction = 'outbound' and at > ?""")
			.params(candidateId, SqlTimestamps.param(after))
			.query((row, n) -> SqlTimestamps.read(row, "first_at"))
			.optional()
			.orElse(null));
	}

	/** Whether the candidate with this number wrote after {@code since}: the conversation has moved on. */
	public boolean wroteSince(String phone, Instant since) {
		return this.jdbc.sql("""
				select count(*) from message m join candidate c on c.id = m.candidate_id
				where c.phone = :phone and m.direction = 'inbound' and m.at > :since""")
			.param("phone", PhoneNumber.normalize(phone))
			.param("since", SqlTimestamps.param(since))
			.query(Long.class)
			.single() > 0;
	}

	// --- what the CRM mirror has not passed on yet

	/** The candidate's messages the mirror has not passed on, oldest first. */
	public List<TranscriptMessage> unmirrored(UUID candidateId) {
		return this.jdbc.sql("""
				select id, direction, type, text, media_file_name, at from message
				where candidate_id = ? and mirrored_at is null order by at, id""")
			.param(candidateId)
			.query((row, n) -> new TranscriptMessage(row.getObject("id", UUID.class),
					"inbound".equals(row.getString("direction")), row.getString("type"), row.getString("text"),
					row.getString("media_file_name"), SqlTimestamps.read(row, "at")))
			.list();
	}

	/** Candidates with messages not passed on, the longest waiting first, leaving out those the mirror holds back. */
	public List<UUID> candidatesWithUnmirroredMessages(Collection<UUID> excluding, int limit) {
		String notExcluded = excluding.isEmpty() ? "" : " and candidate_id not in (:excluding)";
		JdbcClient.StatementSpec query = this.jdbc.sql("""
				select candidate_id from message where mirrored_at is null%s
				group by candidate_id order by min(at), candidate_id limit :limit""".formatted(notExcluded))
			.param("limit", limit);
		return (excluding.isEmpty() ? query : query.param("excluding", excluding)).query(UUID.class).list();
	}

	public Optional<Instant> oldestUnmirrored() {
		return this.jdbc.sql("select min(at) as oldest from message where mirrored_at is null")
			.query((row, n) -> Optional.ofNullable(SqlTimestamps.read(row, "oldest")))
			.single();
	}

	public void markMirrored(UUID messageId, Instant at) {
		this.jdbc.sql("update message set mirrored_at = ? where id = ?")
			.params(SqlTimestamps.param(at), messageId)
			.update();
	}

}
