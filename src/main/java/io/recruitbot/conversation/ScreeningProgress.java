package io.recruitbot.conversation;

import java.time.Clock;
import java.util.UUID;

import io.recruitbot.intake.ClaimFence;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers, per candidate and workflow step, the inbound message whose side effects were written last, and its place
 * in the conversation. Called inside the transaction of those side effects, so "written" and "remembered" commit
 * together.
 */
@Repository
class ScreeningProgress {

	static final String REPLY = "reply";

	private final JdbcClient jdbc;

	private final Clock clock;

	ScreeningProgress(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * True when the step's effects for this message are still to be written (and now count as written); false when
	 * they were, or when a message later in the conversation (provider timestamp, then inbox id) was written already:
	 * the conversation has moved on, and an older message's answer would overwrite a newer one's.
	 */
	boolean firstTime(UUID candidateId, String step, String messageId, ClaimFence claim) {
		var now = SqlTimestamps.param(this.clock.instant());
		var sentAt = SqlTimestamps.param(claim.sentAt());
		// the common case, a conversation's next message, is one statement
		int moved = this.jdbc.sql("""
				update screening_progress set message_id = ?, message_sent_at = ?, inbox_id = ?, written_at = ?
				where candidate_id = ? and step = ? and message_id <> ?
				  and (message_sent_at is null or message_sent_at < ? or (message_sent_at = ? and inbox_id < ?))""")
			.params(messageId, sentAt, claim.inboxId(), now, candidateId, step, messageId, sentAt, sentAt,
					claim.inboxId())
			.update();
		if (moved == 1) {
			return true;
		}
		boolean written = this.jdbc.sql("select count(*) from screening_progress where candidate_id = ? and step = ?")
			.params(candidateId, step)
			.query(Long.class)
			.single() > 0;
		if (written) {
			return false;
		}
		this.jdbc.sql("""
				insert into screening_progress (candidate_id, step, message_id, message_sent_at, inbox_id, written_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(candidateId, step, messageId, sentAt, claim.inboxId(), now)
			.update();
		return true;
	}

}
