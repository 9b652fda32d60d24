package io.recruitbot.console;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.CandidateStatusChanged;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each candidate reached each status (table {@code console_status_step}, only written here), kept from the
 * lifecycle's events. Written in the transaction of the transition itself, as a plain listener: the step commits with
 * the status or not at all, so a crash loses neither and the funnel never lags, and no event publication has to be
 * registered and completed for it (three commits per transition less on the worker's path). An erasure deletes the
 * candidate's steps in its own transaction likewise.
 */
@Repository
class StatusSteps {

	/** A candidate's arrival at a status. */
	record Step(UUID candidateId, String status, Instant at) {
	}

	private final JdbcClient jdbc;

	StatusSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CandidateStatusChanged changed) {
		this.jdbc.sql("insert into console_status_step (candidate_id, status, at) values (?, ?, ?)")
			.params(changed.candidateId(), changed.status().name(), SqlTimestamps.param(changed.at()))
			.update();
	}

	@EventListener
	void on(CandidateErased erased) {
		this.jdbc.sql("delete from console_status_step where candidate_id = ?").param(erased.candidateId()).update();
	}

	/** Every arrival at {@code status} at or after {@code since}, oldest first. */
	List<Step> reached(String status, Instant since) {
		return this.jdbc.sql("""
				select candidate_id, status, at from console_status_step where status = ? and at >= ? order by at, id""")
			.params(status, SqlTimestamps.param(since))
			.query((row, n) -> new Step(row.getObject("candidate_id", UUID.class), row.getString("status"),
					SqlTimestamps.read(row, "at")))
			.list();
	}

}
