package io.recruitbot.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation as it happened: every message in both directions, with the delivery status of outbound ones and
 * whether the CRM mirror has passed it on. The only writer of the {@code message} table. A new message and the
 * candidate's inbox figures it moves are written in one transaction (the caller's, when it has one).
 */
@Repository
public class Transcript {

	/** Outbound statuses only move forward; {@code failed} may follow any of them but {@code read}. */
	private static final List<String> DELIVERY_ORDER = List.of("queued", "sent", "delivered", "read");

	/** Only a candidate who consented is passed on to the CRM mirror. */
	private static final String CONSENTED = "candidate_id in (select c.id from candidate c where c.consent_at is not null)";

	/** The candidate's latest message time, moved only forward (a late provider timestamp does not move it back). */
	private static final String LATEST_MESSAGE = "last_message_at = case when last_message_at is null"
			+ " or last_message_at < :at then :at else last_message_at end";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	public Transcript(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public List<TranscriptEntry> of(UUID candidateId) {
		return this.jdbc.sql("""
				select id, candidate_id, direction, text, type, at, status, author, media_id, media_mime_type,
				  media_file_name
				from message where candidate_id = ? order by at, id""")
			.param(candidateId)
			.query((row, n) -> entry(row))
			.list();
	}

	/** The last {@code limit} messages of a candidate's conversation, oldest first (the context a model reads in). */
	public List<TranscriptEntry> latest(UUID candidateId, int limit) {
		List<TranscriptEntry> entries = new ArrayList<>(this.jdbc.sql("""
				select id, candidate_id, direction, text, type, at, status, author, media_id, media_mime_type,
				  media_file_name
				from message where candidate_id = ? order by at desc, id desc limit ?""")
			.params(candidateId, limit)
			.query((row, n) -> entry(row))
			.list());
		Collections.reverse(entries);
		return entries;
	}

	/**
	 * The attachment of one of the candidate's messages; empty when the message is not the candidate's (or is gone:
	 * erasure deletes the rows) or has none.
	 */
	public Optional<TranscriptEntry.Media> media(UUID candidateId, UUID messageId) {
		return this.jdbc.sql("""
				select id, candidate_id, text, media_id, media_mime_type, media_file_name from message
				where id = ? and candidate_id = ? and media_id is not null""")
			.params(messageId, candidateId)
			.query((row, n) -> media(row))
			.optional();
	}

	private static TranscriptEntry entry(ResultSet row) throws SQLException {
		boolean outbound = "outbound".equals(row.getString("direction"));
		TranscriptEntry.Media media = (row.getString("media_id") == null) ? null : media(row);
		String author = row.getString("author");
		return new TranscriptEntry(row.getString("direction"), row.getString("text"), row.getString("type"),
				SqlTimestamps.read(row, "at"), row.getString("status"),
				outbound ? ((author != null) ? author : TranscriptEntry.BOT) : null, media);
	}

	private static TranscriptEntry.Media media(ResultSet row) throws SQLException {
		return new TranscriptEntry.Media(row.getString("media_mime_type"), row.getString("media_file_name"),
				row.getString("text"), row.getString("media_id"), TranscriptEntry.Media
					.url(row.getObject("candidate_id", UUID.class), row.getObject("id", UUID.class)));
	}

	/**
	 * Adds a message the candidate sent. Idempotent: a provider message id that is already recorded is left alone, so
	 * a message processed twice appears once.
	 * @return true when the message was new
	 */
	@Transactional
	public boolean recordInbound(UUID candidateId, ReceivedMessage message) {
		boolean recorded = this.jdbc.sql("""
				insert into message (id, candidate_id, direction, provider_message_id, type, text, media_id,
				  media_mime_type, media_file_name, at)
				values (?, ?, 'inbound', ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), candidateId, message.providerMessageId(), message.type(), message.text(),
					message.mediaId(), message.mediaMimeType(), message.mediaFileName(),
					SqlTimestamps.param(message.at()))
			.update() > 0;
		if (recorded) {
			// the inbox's figures: the latest message, and the candidate waits for an answer from their first
			// unanswered message on
			this.jdbc.sql("""
					update candidate set %s, awaiting_reply_since = coalesce(awaiting_reply_since, :at)
					where id = :id""".formatted(LATEST_MESSAGE))
				.param("at", SqlTimestamps.param(message.at()))
				.param("id", candidateId)
				.update();
			this.events.publishEvent(new TranscriptMessageRecorded(candidateId, "inbound", message.at()));
		}
		return recorded;
	}

	/** Adds a message the bot queued for the candidate, under the id of its delivery job. */
	public void recordOutbound(UUID id, UUID candidateId, String type, String text, Instant at) {
		recordOutbound(id, candidateId, type, text, at, null);
	}

	/**
	 * Adds a message queued for the candidate, under the id of its delivery job.
	 * @param author the recruiter who wrote it, or null for the bot
	 */
	@Transactional
	public void recordOutbound(UUID id, UUID candidateId, String type, String text, Instant at, String author) {
		this.jdbc.sql("""
				insert into message (id, candidate_id, direction, type, text, status, status_at, at, author)
				values (?, ?, 'outbound', ?, ?, 'queued', ?, ?, ?)""")
			.params(id, candidateId, type, text, SqlTimestamps.param(at), SqlTimestamps.param(at), author)
			.update();
		// a person's answer ends the wait; the bot's too, unless a person has the conversation (the bot's "a recruiter
		// will answer you" leaves the candidate waiting for one)
		this.jdbc.sql("""
				update candidate set %s,
				  awaiting_reply_since = case when :byPerson or status <> 'HANDED_OFF' then null else awaiting_reply_since end
				where id = :id""".formatted(LATEST_MESSAGE))
			.param("at", SqlTimestamps.param(at))
			.param("byPerson", author != null)
			.param("id", candidateId)
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

	/**
	 * When the first message a person (not the bot) sent the candidate from {@code from} on was queued; empty when
	 * none was. The bot's messages have no author, so its "a colleague will contact you" never counts as the reply.
	 */
	public Optional<Instant> firstRecruiterMessageFrom(UUID candidateId, Instant from) {
		return Optional.ofNullable(this.jdbc.sql("""
				select min(at) as first_at from message
				where candidate_id = ? and direction = 'outbound' and author is not null and at >= ?""")
			.params(candidateId, SqlTimestamps.param(from))
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

	/**
	 * Candidates with messages not passed on, the longest waiting first, leaving out those the mirror holds back and
	 * those who have not consented: nothing of theirs leaves the platform.
	 */
	public List<UUID> candidatesWithUnmirroredMessages(Collection<UUID> excluding, int limit) {
		String notExcluded = excluding.isEmpty() ? "" : " and candidate_id not in (:excluding)";
		JdbcClient.StatementSpec query = this.jdbc.sql("""
				select candidate_id from message where mirrored_at is null and %s%s
				group by candidate_id order by min(at), candidate_id limit :limit""".formatted(CONSENTED, notExcluded))
			.param("limit", limit);
		return (excluding.isEmpty() ? query : query.param("excluding", excluding)).query(UUID.class).list();
	}

	public Optional<Instant> oldestUnmirrored() {
		return this.jdbc.sql("select min(at) as oldest from message where mirrored_at is null and " + CONSENTED)
			.query((row, n) -> Optional.ofNullable(SqlTimestamps.read(row, "oldest")))
			.single();
	}

	/** How the delivery of outbound messages stands, for the CRM to report failures back to the recruiters. */
	public record Delivery(UUID messageId, UUID candidateId, String status, String errorCode) {
	}

	public List<Delivery> deliveries(Collection<UUID> messageIds) {
		if (messageIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, candidate_id, status, error_code from message where id in (:ids) and direction = 'outbound'""")
			.param("ids", messageIds)
			.query((row, n) -> new Delivery(row.getObject("id", UUID.class), row.getObject("candidate_id", UUID.class),
					row.getString("status"), row.getString("error_code")))
			.list();
	}

	public void markMirrored(UUID messageId, Instant at) {
		this.jdbc.sql("update message set mirrored_at = ? where id = ?")
			.params(SqlTimestamps.param(at), messageId)
			.update();
	}

}
