package io.recruitbot.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.recruitbot.system.SqlTimestamps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable, deduplicating inbox ({@code inbox_message}). A message is stored once per provider message id, then
 * claimed by one worker at a time (see {@link InboxClaims}); what failed for good waits as a dead letter.
 */
@Repository
class Inbox {

	static final String PENDING = "PENDING";

	static final String PROCESSING = "PROCESSING";

	static final String DONE = "DONE";

	static final String DEAD = "DEAD";

	/** 9 parameters a row: PostgreSQL takes at most 65,535 in one statement, so 8,000 messages need several. */
	static final int ROWS_PER_INSERT = 1000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	Inbox(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Stores the messages, all or none; a provider message id that is already stored is skipped. Joins the caller's
	 * transaction when there is one.
	 * @return how many messages were new
	 */
	int store(String provider, List<InboundMessage> messages) {
		return store(messages.stream().map((message) -> new Arrival(provider, message)).toList());
	}

	/**
	 * Stores messages of several deliveries, possibly from several providers: with one statement, or for a very large
	 * delivery with one statement per {@value #ROWS_PER_INSERT} messages in one transaction.
	 */
	int store(List<Arrival> arrivals) {
		if (arrivals.size() <= ROWS_PER_INSERT) {
			return insert(arrivals);
		}
		Integer stored = this.transactions.execute((status) -> {
			int fresh = 0;
			for (int from = 0; from < arrivals.size(); from += ROWS_PER_INSERT) {
				fresh += insert(arrivals.subList(from, Math.min(from + ROWS_PER_INSERT, arrivals.size())));
			}
			return fresh;
		});
		return (stored != null) ? stored : 0;
	}

	private int insert(List<Arrival> arrivals) {
		if (arrivals.isEmpty()) {
			return 0;
		}
		Object now = SqlTimestamps.param(this.clock.instant());
		StringBuilder sql = new StringBuilder("""
				insert into inbox_message (provider, provider_message_id, phone, provider_timestamp, payload, state,
				  message_type, available_at, received_at) values """);
		List<Object> values = new ArrayList<>(arrivals.size() * 9);
		for (Arrival arrival : arrivals) {
			InboundMessage message = arrival.message();
			sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
			values.addAll(List.of(arrival.provider(), message.providerMessageId(), message.phone(),
					SqlTimestamps.param(message.sentAt()), this.json.writeValueAsString(message), PENDING,
					message.type().name(), now, now));
		}
		return this.jdbc.sql(sql.append(" on conflict do nothing").toString()).params(values).update();
	}

	/** A received message and the provider that delivered it. */
	record Arrival(String provider, InboundMessage message) {
	}

	List<DeadLetter> deadLetters() {
		return this.jdbc.sql("""
				select id, provider, provider_message_id, phone, message_type, attempts, last_error, received_at, dead_at
				from inbox_message where state = 'DEAD' order by dead_at, id""")
			.query((row, n) -> new DeadLetter(row.getLong("id"), row.getString("provider"),
					row.getString("provider_message_id"), row.getString("phone"), row.getString("message_type"),
					row.getInt("attempts"), row.getString("last_error"), SqlTimestamps.read(row, "received_at"),
					SqlTimestamps.read(row, "dead_at")))
			.list();
	}

	/** Gives a dead letter a fresh set of attempts; false when there is no dead letter with that id. */
	boolean retry(long id) {
		return this.jdbc.sql("""
				update inbox_message set state = 'PENDING', attempts = 0, available_at = :now, dead_at = null
				where id = :id and state = 'DEAD'""")
			.param("now", SqlTimestamps.param(this.clock.instant()))
			.param("id", id)
			.update() > 0;
	}

	/** Reads only the rows still to do or dead, through the state index: processed rows, the many, are not visited. */
	InboxStatistics statistics() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select
				  coalesce(sum(case when state in ('PENDING', 'PROCESSING') then 1 else 0 end), 0) as depth,
				  min(case when state in ('PENDING', 'PROCESSING') then received_at end) as oldest,
				  coalesce(sum(case when state = 'DEAD' then 1 else 0 end), 0) as dead
				from inbox_message where state in ('PENDING', 'PROCESSING', 'DEAD')""")
			.query((row, n) -> new InboxStatistics(row.getLong("depth"), SqlTimestamps.read(row, "oldest"),
					row.getLong("dead"), now))
			.single();
	}

	/** Deletes every inbox row of a phone number (they hold what the candidate wrote). */
	int forget(String phone) {
		return this.jdbc.sql("delete from inbox_message where phone = ?").param(phone).update();
	}

	/** Deletes processed messages received before the given time: old enough that no provider redelivers them. */
	int pruneProcessed(Instant receivedBefore) {
		return this.jdbc.sql("delete from inbox_message where state = 'DONE' and received_at < ?")
			.param(SqlTimestamps.param(receivedBefore))
			.update();
	}

}
