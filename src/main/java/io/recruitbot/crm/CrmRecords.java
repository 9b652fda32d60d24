package io.recruitbot.crm;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.TranscriptMessage;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Chatwoot mirror remembers: the Chatwoot contact and conversation of each candidate (in the
 * {@code conversation} table, which this module owns), which transcript messages are already in Chatwoot, and per
 * candidate how far the profile is mirrored, with a lease so that only one instance works on a candidate at a time.
 * The candidate and the transcript are the candidate module's: they are read through {@link Transcript}.
 */
@Repository
class CrmRecords {

	/** The candidate's Chatwoot contact and conversation, either possibly unknown yet. */
	record ChatwootLink(Long contactId, Long conversationId) {
	}

	/** How far a candidate's profile was mirrored. */
	record ProfileSync(Instant syncedUpdatedAt, String syncedStatus) {
	}

	/** At most this many held-back candidates are left out of a pass by id; more only happen while Chatwoot is down. */
	static final int MAX_EXCLUDED = 1000;

	private final JdbcClient jdbc;

	private final Transcript transcript;

	CrmRecords(JdbcClient jdbc, Transcript transcript) {
		this.jdbc = jdbc;
		this.transcript = transcript;
	}

	// --- the candidate's Chatwoot conversation

	ChatwootLink link(UUID candidateId) {
		return this.jdbc.sql("select chatwoot_contact_id, chatwoot_conversation_id from conversation where candidate_id = ?")
			.param(candidateId)
			.query((row, n) -> new ChatwootLink(row.getObject("chatwoot_contact_id", Long.class),
					row.getObject("chatwoot_conversation_id", Long.class)))
			.optional()
			.orElse(new ChatwootLink(null, null));
	}

	/** Stores the candidate's Chatwoot ids, creating their conversation row when intake has not yet. */
	void saveLink(UUID candidateId, long contactId, long conversationId, Instant now) {
		this.jdbc.sql("""
				insert into conversation (id, candidate_id, handled_by, created_at, updated_at)
				values (?, ?, 'BOT', ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), candidateId, SqlTimestamps.param(now), SqlTimestamps.param(now))
			.update();
		this.jdbc.sql("""
				update conversation set chatwoot_contact_id = ?, chatwoot_conversation_id = ?, updated_at = ?
				where candidate_id = ?""")
			.params(contactId, conversationId, SqlTimestamps.param(now), candidateId)
			.update();
		ensureSyncRow(candidateId);
		this.jdbc.sql("update crm_candidate_sync set chatwoot_contact_id = ? where candidate_id = ?")
			.params(contactId, candidateId)
			.update();
	}

	void forgetConversation(UUID candidateId) {
		this.jdbc.sql("update conversation set chatwoot_contact_id = null, chatwoot_conversation_id = null where candidate_id = ?")
			.param(candidateId)
			.update();
	}

	Optional<UUID> candidateOfConversation(long chatwootConversationId) {
		return this.jdbc.sql("select candidate_id from conversation where chatwoot_conversation_id = ?")
			.param(chatwootConversationId)
			.query(UUID.class)
			.optional();
	}

	/** Records who handles the conversation now ({@code BOT} or {@code HUMAN}), for the recruiter view. */
	void handledBy(UUID candidateId, String handler, Instant now) {
		this.jdbc.sql("update conversation set handled_by = ?, updated_at = ? where candidate_id = ?")
			.params(handler, SqlTimestamps.param(now), candidateId)
			.update();
	}

	// --- mirrored messages

	List<TranscriptMessage> unsyncedMessages(UUID candidateId) {
		return this.transcript.unmirrored(candidateId);
	}

	/**
	 * Remembers that a message is in Chatwoot under that id. Also used for recruiters' replies relayed from Chatwoot:
	 * they are there already, and the unique Chatwoot id makes a redelivered webhook fail instead of sending twice.
	 */
	@Transactional
	void markSynced(UUID messageId, Long chatwootMessageId, Instant now, boolean awaitsDelivery) {
		this.jdbc.sql("""
				insert into crm_message_sync (message_id, chatwoot_message_id, synced_at, delivery_settled)
				values (?, ?, ?, ?)""")
			.params(messageId, chatwootMessageId, SqlTimestamps.param(now), !awaitsDelivery)
			.update();
		this.transcript.markMirrored(messageId, now);
	}

	/**
	 * Registers a message the platform is about to post, before the POST: Chatwoot may deliver its webhook echo before
	 * it answers the POST, and the echo must be recognised then too.
	 */
	void registerOutgoing(String sourceId, Instant now) {
		this.jdbc.sql("insert into crm_outgoing (source_id, registered_at) values (?, ?) on conflict do nothing")
			.params(sourceId, SqlTimestamps.param(now))
			.update();
	}

	boolean isOutgoing(String sourceId) {
		return this.jdbc.sql("select count(*) from crm_outgoing where source_id = ?")
			.param(sourceId)
			.query(Long.class)
			.single() > 0;
	}

	/** Outbound messages in Chatwoot whose WhatsApp delivery is not settled, the oldest first. */
	List<UUID> unsettledDeliveries(Instant since, int limit) {
		return this.jdbc.sql("""
				select message_id from crm_message_sync where delivery_settled = false and synced_at > ?
				order by synced_at, message_id limit ?""")
			.params(SqlTimestamps.param(since), limit)
			.query(UUID.class)
			.list();
	}

	void deliverySettled(UUID messageId) {
		this.jdbc.sql("update crm_message_sync set delivery_settled = true where message_id = ?").param(messageId).update();
	}

	// --- what the relay still has to do to the conversation's status

	/** The conversation should be set to {@code status} ({@code open} or {@code pending}) by the relay's next pass. */
	void conversationStatusDue(UUID candidateId, String status) {
		ensureSyncRow(candidateId);
		this.jdbc.sql("update crm_candidate_sync set conversation_status_due = ? where candidate_id = ?")
			.params(status, candidateId)
			.update();
	}

	Optional<String> dueConversationStatus(UUID candidateId) {
		return this.jdbc.sql("select conversation_status_due from crm_candidate_sync where candidate_id = ?")
			.param(candidateId)
			.query((row, n) -> Optional.ofNullable(row.getString("conversation_status_due")))
			.optional()
			.flatMap((status) -> status);
	}

	/** Clears what was due, unless something else became due meanwhile. */
	void conversationStatusSet(UUID candidateId, String status) {
		this.jdbc.sql("""
				update crm_candidate_sync set conversation_status_due = null
				where candidate_id = ? and conversation_status_due = ?""")
			.params(candidateId, status)
			.update();
	}

	/** Whether a Chatwoot message was posted by the platform or already relayed to WhatsApp. */
	boolean knowsChatwootMessage(long chatwootMessageId) {
		return this.jdbc.sql("select count(*) from crm_message_sync where chatwoot_message_id = ?")
			.param(chatwootMessageId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Instant> oldestUnsyncedMessage() {
		return this.transcript.oldestUnmirrored();
	}

	// --- candidates to mirror, claimed one at a time

	/**
	 * Candidates with a status change or messages not yet in Chatwoot, whose retry time has come and that nobody holds:
	 * status changes first (this module heard of them through events), then the transcript's longest waiting.
	 */
	List<UUID> candidatesDue(Instant now, int limit) {
		Set<UUID> due = new LinkedHashSet<>(this.jdbc.sql("""
				select candidate_id from crm_candidate_sync
				where ((status_changed_at is not null
				    and (synced_updated_at is null or status_changed_at > synced_updated_at))
				  or conversation_status_due is not null)
				  and (next_attempt_at is null or next_attempt_at <= :now) and (lease_until is null or lease_until < :now)
				order by coalesce(status_changed_at, synced_updated_at), candidate_id limit :limit""")
			.param("now", SqlTimestamps.param(now))
			.param("limit", limit)
			.query(UUID.class)
			.list());
		List<UUID> heldBack = this.jdbc.sql("""
				select candidate_id from crm_candidate_sync where next_attempt_at > :now or lease_until >= :now
				order by candidate_id limit :max""")
			.param("now", SqlTimestamps.param(now))
			.param("max", MAX_EXCLUDED)
			.query(UUID.class)
			.list();
		due.addAll(this.transcript.candidatesWithUnmirroredMessages(heldBack, limit));
		return due.stream().limit(limit).toList();
	}

	/** The candidate module told of a status change at {@code at}: the candidate is due until mirrored as of then. */
	void statusChanged(UUID candidateId, Instant at) {
		ensureSyncRow(candidateId);
		this.jdbc.sql("""
				update crm_candidate_sync set status_changed_at = :at
				where candidate_id = :id and (status_changed_at is null or status_changed_at < :at)""")
			.param("at", SqlTimestamps.param(at))
			.param("id", candidateId)
			.update();
	}

	/**
	 * Takes the candidate's lease if it is free: a compare-and-set in one statement, so of several instances exactly
	 * one wins, on PostgreSQL and H2 alike, without holding a lock during the calls to Chatwoot.
	 */
	boolean claim(UUID candidateId, String worker, Instant now, Instant leaseUntil) {
		ensureSyncRow(candidateId);
		return this.jdbc.sql("""
				update crm_candidate_sync set claimed_by = :worker, lease_until = :leaseUntil
				where candidate_id = :id and (lease_until is null or lease_until < :now)
				  and (next_attempt_at is null or next_attempt_at <= :now)""")
			.param("worker", worker)
			.param("leaseUntil", SqlTimestamps.param(leaseUntil))
			.param("id", candidateId)
			.param("now", SqlTimestamps.param(now))
			.update() == 1;
	}

	ProfileSync profileSync(UUID candidateId) {
		return this.jdbc.sql("select synced_updated_at, synced_status from crm_candidate_sync where candidate_id = ?")
			.param(candidateId)
			.query((row, n) -> new ProfileSync(SqlTimestamps.read(row, "synced_updated_at"), row.getString("synced_status")))
			.optional()
			.orElse(new ProfileSync(null, null));
	}

	/** Releases the lease after a complete sync of the candidate as of {@code updatedAt}. */
	void synced(UUID candidateId, Instant updatedAt, String status) {
		this.jdbc.sql("""
				update crm_candidate_sync set synced_updated_at = ?, synced_status = ?, attempts = 0, next_attempt_at = null,
				  lease_until = null, claimed_by = null, last_error = null
				where candidate_id = ?""")
			.params(SqlTimestamps.param(updatedAt), status, candidateId)
			.update();
	}

	/** Releases the lease after a failure; answers how many attempts in a row have failed. */
	int failed(UUID candidateId, Instant retryAt, String error) {
		this.jdbc.sql("""
				update crm_candidate_sync set attempts = attempts + 1, next_attempt_at = ?, lease_until = null,
				  claimed_by = null, last_error = ?
				where candidate_id = ?""")
			.params(SqlTimestamps.param(retryAt), error, candidateId)
			.update();
		return attempts(candidateId);
	}

	int attempts(UUID candidateId) {
		return this.jdbc.sql("select attempts from crm_candidate_sync where candidate_id = ?")
			.param(candidateId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	long failingCandidates() {
		return this.jdbc.sql("select count(*) from crm_candidate_sync where attempts > 0").query(Long.class).single();
	}

	// --- erasure

	Optional<Long> contactOf(UUID candidateId) {
		return this.jdbc.sql("select chatwoot_contact_id from crm_candidate_sync where candidate_id = ?")
			.param(candidateId)
			.query((row, n) -> Optional.ofNullable(row.getObject("chatwoot_contact_id", Long.class)))
			.optional()
			.flatMap((contact) -> contact);
	}

	void forget(UUID candidateId) {
		this.jdbc.sql("delete from crm_candidate_sync where candidate_id = ?").param(candidateId).update();
	}

	/** An erasure Chatwoot has still to do: the contact's id, or else the phone to find it by. */
	record PendingErasure(UUID candidateId, Long contactId, String phone, int attempts, String lastError) {
	}

	void erasureRequested(UUID candidateId, Long contactId, String phone, Instant now) {
		this.jdbc.sql("""
				insert into crm_erasure (candidate_id, chatwoot_contact_id, phone, attempts, next_attempt_at, requested_at)
				values (?, ?, ?, 0, ?, ?) on conflict do nothing""")
			.params(candidateId, contactId, (contactId == null) ? phone : null, SqlTimestamps.param(now),
					SqlTimestamps.param(now))
			.update();
	}

	List<PendingErasure> erasuresDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select candidate_id, chatwoot_contact_id, phone, attempts, last_error from crm_erasure
				where next_attempt_at <= ? order by next_attempt_at, candidate_id limit ?""")
			.params(SqlTimestamps.param(now), limit)
			.query(CrmRecords::pendingErasure)
			.list();
	}

	/** Every erasure not done yet, for the dead-letter list; phones are left out. */
	List<PendingErasure> pendingErasures() {
		return this.jdbc.sql("""
				select candidate_id, chatwoot_contact_id, null as phone, attempts, last_error from crm_erasure
				order by requested_at, candidate_id""")
			.query(CrmRecords::pendingErasure)
			.list();
	}

	void erasureFailed(UUID candidateId, Instant retryAt, String error) {
		this.jdbc.sql("""
				update crm_erasure set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where candidate_id = ?""")
			.params(SqlTimestamps.param(retryAt), error, candidateId)
			.update();
	}

	/** Makes a waiting erasure due now; false when there is none for the candidate. */
	boolean retryErasureNow(UUID candidateId, Instant now) {
		return this.jdbc.sql("update crm_erasure set next_attempt_at = ? where candidate_id = ?")
			.params(SqlTimestamps.param(now), candidateId)
			.update() > 0;
	}

	void erasureDone(UUID candidateId) {
		this.jdbc.sql("delete from crm_erasure where candidate_id = ?").param(candidateId).update();
		forget(candidateId);
	}

	long pendingErasureCount() {
		return this.jdbc.sql("select count(*) from crm_erasure").query(Long.class).single();
	}

	private static PendingErasure pendingErasure(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new PendingErasure(row.getObject("candidate_id", UUID.class), row.getObject("chatwoot_contact_id", Long.class),
				row.getString("phone"), row.getInt("attempts"), row.getString("last_error"));
	}

	private void ensureSyncRow(UUID candidateId) {
		this.jdbc.sql("insert into crm_candidate_sync (candidate_id, attempts) values (?, 0) on conflict do nothing")
			.param(candidateId)
			.update();
	}

}
