package io.recruitbot.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.system.UnflushedCommits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code outbox_message} table as a queue. A job goes PENDING, then SENDING (claimed with a lease, committed
 * before the provider is called), then SENT or FAILED; a retry puts it back to PENDING with a later
 * {@code next_attempt_at}. A claim whose lease ran out is sent again or, when resending could only confuse, ends as
 * UNKNOWN: nobody knows whether the provider took it. What the provider accepted is recorded as SENT whenever the
 * answer arrives, whatever a lease rule decided meanwhile (docs/decisions/outbox-leases.md). The message row of the
 * transcript follows with status {@code sent}, {@code failed} or {@code unknown}.
 * <p>
 * A claim and a {@code sent} mark commit without waiting for their WAL flush ({@link UnflushedCommits}): they are
 * two of the few commits per reply, and a database server crash that undoes one within its fraction of a second can
 * only cost the send a second copy (the lease sweep sends it again), as a relay crash can.
 */
@Repository
class OutboxJobs {

	static final String LEASE_EXPIRED = "lease_expired";

	static final String UNKNOWN = "UNKNOWN";

	private final JdbcClient jdbc;

	private final Transcript transcript;

	private final UnflushedCommits unflushed;

	OutboxJobs(JdbcClient jdbc, Transcript transcript, UnflushedCommits unflushed) {
		this.jdbc = jdbc;
		this.transcript = transcript;
		this.unflushed = unflushed;
	}

	/**
	 * Claims up to {@code limit} due jobs, at most one per recipient: a job waits while an earlier job to the same
	 * recipient is pending or being sent, which keeps each conversation in order. Rows another relay is claiming
	 * right now are skipped, not waited for. (H2 locks every due row rather than only the first {@code limit}: still
	 * correct, only less parallel, and H2 serves a single instance anyway.)
	 */
	@Transactional
	public List<OutboxJob> claim(String relay, int limit, Instant now, Duration lease) {
		List<UUID> due = this.jdbc.sql("""
				select o.id from outbox_message o
				where o.state = 'PENDING' and o.next_attempt_at <= :now
				  and not exists (select 1 from outbox_message e where e.recipient = o.recipient
				                  and e.queue_order < o.queue_order and e.state in ('PENDING', 'SENDING'))
				order by o.queue_order
				limit :limit
				for update skip locked""")
			.param("now", SqlTimestamps.param(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		if (due.isEmpty()) {
			return List.of();
		}
		this.unflushed.forThisTransaction();
		this.jdbc.sql("""
				update outbox_message set state = 'SENDING', claimed_by = :relay, claimed_at = :now,
				  lease_until = :leaseUntil, attempts = attempts + 1, updated_at = :now
				where id in (:ids)""")
			.param("relay", relay)
			.param("now", SqlTimestamps.param(now))
			.param("leaseUntil", SqlTimestamps.param(now.plus(lease)))
			.param("ids", due)
			.update();
		return claimed(due);
	}

	private List<OutboxJob> claimed(List<UUID> ids) {
		return this.jdbc.sql("""
				select id, candidate_id, recipient, kind, payload, attempts, claimed_at
				from outbox_message where id in (:ids) order by queue_order""")
			.param("ids", ids)
			.query(OutboxJobs::job)
			.list();
	}

	private static OutboxJob job(ResultSet row, int rowNumber) throws SQLException {
		return new OutboxJob(row.getObject("id", UUID.class), row.getObject("candidate_id", UUID.class),
				row.getString("recipient"), row.getString("kind"), row.getString("payload"), row.getInt("attempts"),
				SqlTimestamps.read(row, "claimed_at"));
	}

	/**
	 * The provider took the message. Recorded even when this relay's lease ran out meanwhile and the job was given up
	 * (UNKNOWN), put back in the queue or claimed again: the accepted send is the truth, and recording it keeps the
	 * queue from sending it once more. False only when the job was recorded as sent already.
	 */
	@Transactional
	public boolean markSent(OutboxJob job, String relay, String providerMessageId, Instant now) {
		this.unflushed.forThisTransaction();
		int updated = this.jdbc.sql("""
				update outbox_message set state = 'SENT', provider_message_id = :providerId, sent_at = :now,
				  lease_until = null, last_error_code = null, last_error = null, updated_at = :now
				where id = :id and state <> 'SENT'""")
			.param("providerId", providerMessageId)
			.param("now", SqlTimestamps.param(now))
			.param("id", job.id())
			.update();
		// a status webhook cannot be earlier: it needs the provider id, which only this answer carries
		this.transcript.recordSent(job.id(), providerMessageId, now, LEASE_EXPIRED);
		return updated > 0;
	}

	/** A passing failure: back in the queue after {@code at}, keeping the error for operators. */
	@Transactional
	public void retryLater(OutboxJob job, String relay, Instant at, String code, String error, Instant now) {
		this.jdbc.sql("""
				update outbox_message set state = 'PENDING', next_attempt_at = :at, last_error_code = :code,
				  last_error = :error, lease_until = null, updated_at = :now
				where id = :id and state = 'SENDING' and claimed_by = :relay""")
			.param("at", SqlTimestamps.param(at))
			.param("code", code)
			.param("error", truncate(error))
			.param("now", SqlTimestamps.param(now))
			.param("id", job.id())
			.param("relay", relay)
			.update();
	}

	/** A final failure; the transcript shows the message as {@code failed} with the code. */
	@Transactional
	public void markFailed(OutboxJob job, String relay, String code, String error, Instant now) {
		this.jdbc.sql("""
				update outbox_message set state = 'FAILED', last_error_code = :code, last_error = :error,
				  lease_until = null, updated_at = :now
				where id = :id and state = 'SENDING' and claimed_by = :relay""")
			.param("code", code)
			.param("error", truncate(error))
			.param("now", SqlTimestamps.param(now))
			.param("id", job.id())
			.param("relay", relay)
			.update();
		markMessageFailed(job.id(), code, now);
	}

	/**
	 * Jobs whose relay died (or froze) between claiming and recording: the lease ran out and nobody knows whether the
	 * provider took the message. They are not blindly resent: when the candidate has written since the claim, the
	 * conversation moved on, and when the attempts are used up, the job ends as UNKNOWN (never FAILED: it may well
	 * have arrived); otherwise it goes back to the queue (at least once, accepting a possible second copy).
	 */
	@Transactional
	public int recoverExpiredLeases(Instant now, int maxAttempts) {
		List<OutboxJob> expired = this.jdbc.sql("""
				select id, candidate_id, recipient, kind, payload, attempts, claimed_at from outbox_message
				where state = 'SENDING' and lease_until < :now
				for update skip locked""")
			.param("now", SqlTimestamps.param(now))
			.query(OutboxJobs::job)
			.list();
		for (OutboxJob job : expired) {
			boolean giveUp = job.attempts() >= maxAttempts || candidateWroteSince(job.recipient(), job.claimedAt());
			this.jdbc.sql("""
					update outbox_message set state = :state, next_attempt_at = :now, last_error_code = :code,
					  last_error = 'relay stopped while sending; outcome unknown', lease_until = null, updated_at = :now
					where id = :id""")
				.param("state", giveUp ? UNKNOWN : "PENDING")
				.param("code", LEASE_EXPIRED)
				.param("now", SqlTimestamps.param(now))
				.param("id", job.id())
				.update();
			if (giveUp) {
				this.transcript.recordUnknown(job.id(), LEASE_EXPIRED, now);
			}
		}
		return expired.size();
	}

	private boolean candidateWroteSince(String recipient, Instant since) {
		return this.transcript.wroteSince(recipient, since);
	}

	private void markMessageFailed(UUID id, String code, Instant now) {
		this.transcript.recordFailed(id, code, now);
	}

	/** Jobs not delivered yet (pending or being sent). */
	long waiting() {
		return this.jdbc.sql("select count(*) from outbox_message where state in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	long failedSince(Instant since) {
		return endedSince("FAILED", since);
	}

	/** Jobs given up after their lease ran out, outcome unknown. */
	long unknownSince(Instant since) {
		return endedSince(UNKNOWN, since);
	}

	private long endedSince(String state, Instant since) {
		return this.jdbc.sql("select count(*) from outbox_message where state = ? and updated_at >= ?")
			.params(state, SqlTimestamps.param(since))
			.query(Long.class)
			.single();
	}

	/** Jobs for a number that belongs to no candidate; the others go with the candidate row. */
	@Transactional
	public int forgetUnattached(String phone) {
		return this.jdbc.sql("delete from outbox_message where recipient = ? and candidate_id is null")
			.param(phone)
			.update();
	}

	/** Jobs that reached SENT, FAILED or UNKNOWN before {@code before}. */
	@Transactional
	public int forgetFinishedBefore(Instant before) {
		return this.jdbc.sql("delete from outbox_message where state in ('SENT', 'FAILED', 'UNKNOWN') and updated_at < ?")
			.param(SqlTimestamps.param(before))
			.update();
	}

	private static String truncate(String error) {
		return (error != null && error.length() > 2000) ? error.substring(0, 2000) : error;
	}

}
