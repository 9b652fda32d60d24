package io.recruitbot.whatsapp;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which screening question the bot asked last, per candidate: where a candidate who stopped answering stopped. Read
 * from the outbox's {@code awaiting_field}, kept as long as the outbox keeps its jobs ({@link OutboxRetention}).
 */
@Repository
public class QuestionsAsked {

	private final JdbcClient jdbc;

	QuestionsAsked(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * For each candidate asked something since {@code since}: the field the last question asked for. Messages that ask
	 * nothing (a re-engagement template, an answer about a vacancy) do not hide the question still open.
	 */
	public Map<UUID, String> lastAskedSince(Instant since) {
		return this.jdbc.sql("""
				select o.candidate_id, o.awaiting_field from outbox_message o
				where o.candidate_id is not null and o.created_at >= :since and o.awaiting_field is not null
				  and o.created_at = (select max(l.created_at) from outbox_message l
				    where l.candidate_id = o.candidate_id and l.awaiting_field is not null)""")
			.param("since", SqlTimestamps.param(since))
			.query((row, n) -> Map.entry(row.getObject("candidate_id", UUID.class), row.getString("awaiting_field")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
	}

}
