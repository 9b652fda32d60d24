package io.recruitbot.crm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the Chatwoot mirror remembers: the Chatwoot contact and conversation of each candidate (in the shared
 * {@code conversation} table), which transcript messages are already in Chatwoot, and per candidate how far the
 * profile is mirrored, with a lease so that only one instance works on a candidate at a time.
 */
@Repository
class CrmRecords {

	/** A transcript message still to be mirrored. */
	record TranscriptMessage(UUID id, boolean inbound, String type, String text, String fileName, Instant at) {
	}

	/** The candidate's Chatwoot contact and conversation, either possibly unknown yet. */
	record ChatwootLink(Long contactId, Long conversationId) {
	}

	/** How far a candidate's profile was mirrored. */
	record ProfileSync(Instant syncedUpdatedAt, String syncedStatus) {
	}

	private final JdbcClient jdbc;

	CrmRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return this.jdbc.sql("""
				select m.id, m.direction, m.type, m.text, m.media_file_name, m.at from message m
				where m.candidate_id = ? and not exists (select 1 from crm_message_sync s where s.message_id = m.id)
				order by m.at, m.id""")
			.param(candidateId)
			.query((row, n) -> new TranscriptMessage(row.getObject("id", UUID.class),
					"inbound".equals(row.getString("direction")), row.getString("type"), row.getString("text"),
					row.getString("media_file_name"), SqlTimestamps.read(row, "at")))
			.list();
	}

	/**
	 * Remembers that a message is in Chatwoot under that id. Also used for recruiters' replies relayed from Chatwoot:
	 * they are there already, and the unique Chatwoot id makes a redelivered webhook fail instead of sending twice.
	 */
	void markSynced(UUID messageId, Long chatwootMessageId, Instant now) {
		this.jdbc.sql("insert into crm_message_sync (message_id, chatwoot_message_id, synced_at) values (?, ?, ?)")
			.params(messageId, chatwootMessageId, SqlTimestamps.param(now))
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
		return this.jdbc.sql("""
				select min(m.at) as oldest from message m
				where not exists (select 1 from crm_message_sync s where s.message_id = m.id)""")
			.query((row, n) -> Optional.ofNullable(SqlTimestamps.read(row, "oldest")))
			.single();
	}

	// --- candidates to mirror, claimed one at a time

	/** Candidates with messages or profile changes not yet in Chatwoot, whose retry time has come and that nobody holds. */
	List<UUID> candidatesDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select c.id from candidate c left join crm_candidate_sync s on s.candidate_id = c.id
				where (s.next_attempt_at is null or s.next_attempt_at <= :now)
				  and (s.lease_until is null or s.lease_until < :now)
				  and (s.synced_updated_at is null or c.updated_at > s.synced_updated_at
				       or exists (select 1 from message m where m.candidate_id = c.id
				                  and not exists (select 1 from crm_message_sync x where x.message_id = m.id)))
				order by coalesce(s.next_attempt_at, c.updated_at), c.id
				limit :limit""")
			.param("now", SqlTimestamps.param(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
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

	private void ensureSyncRow(UUID candidateId) {
		this.jdbc.sql("insert into crm_candidate_sync (candidate_id, attempts) values (?, 0) on conflict do nothing")
			.param(candidateId)
			.update();
	}

}
