package io.recruitbot.candidate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recruiters' internal notes on a candidate (table {@code candidate_note}), erased with the candidate. */
@Repository
class RecruiterNotes {

	private final JdbcClient jdbc;

	private final Clock clock;

	RecruiterNotes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void add(UUID candidateId, String author, String text) {
		this.jdbc.sql("insert into candidate_note (id, candidate_id, author, text, at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), candidateId, author, text, SqlTimestamps.param(this.clock.instant()))
			.update();
	}

	/** Oldest first, as a conversation reads. */
	List<RecruiterNote> of(UUID candidateId) {
		return this.jdbc.sql("select author, text, at from candidate_note where candidate_id = ? order by at, id")
			.param(candidateId)
			.query((row, n) -> new RecruiterNote(row.getString("author"), row.getString("text"),
					SqlTimestamps.read(row, "at")))
			.list();
	}

}
