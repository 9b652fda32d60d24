package io.recruitbot.conversation;

import java.time.Clock;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers, per candidate and workflow step, the inbound message whose side effects were written last. Called inside
 * the transaction of those side effects, so "written" and "remembered" commit together.
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

	/** True when the step's effects for this message are still to be written (and now count as written). */
	boolean firstTime(UUID candidateId, String step, String messageId) {
		var now = SqlTimestamps.param(this.clock.instant());
		// the common case, a conversation's next message, is one statement
		int moved = this.jdbc.sql("""
				update screening_progress set message_id = ?, written_at = ?
				where candidate_id = ? and step = ? and message_id <> ?""")
			.params(messageId, now, candidateId, step, messageId)
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
		this.jdbc.sql("insert into screening_progress (candidate_id, step, message_id, written_at) values (?, ?, ?, ?)")
			.params(candidateId, step, messageId, now)
			.update();
		return true;
	}

}
