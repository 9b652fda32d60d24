package io.recruitbot.conversation.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.recruitbot.system.DatabaseProduct;
import io.recruitbot.system.SqlTimestamps;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints in the {@code conversation_checkpoint} table (PostgreSQL or H2), the store used without Redis. Each
 * thread keeps its latest {@code historySize} checkpoints; conversations idle longer than the retention are deleted
 * by {@link #deleteIdleConversations()}.
 * <p>
 * On PostgreSQL a checkpoint commits without waiting for its WAL flush ({@code synchronous_commit off}): the
 * workflow writes one after every message, and waiting for its flush would add a disk wait to every message. No
 * checkpoint is lost that matters. An application crash loses nothing (the commit is in the server). A database
 * crash can lose the last fraction of a second of checkpoints, but only together with everything committed after
 * them, since PostgreSQL flushes its WAL in order: the inbox's "processed" mark, which comes after a message's last
 * checkpoint and waits for its flush, is then lost too, so the message runs again from the checkpoint before, and
 * its {@code reply} step (durable and idempotent) writes nothing twice.
 */
final class JdbcCheckpointSaver implements CheckpointStore {

	private static final String COLUMNS = "checkpoint_id, node_id, next_node_id, state";

	private static final String INSERT = """
			insert into conversation_checkpoint (thread_id, checkpoint_id, node_id, next_node_id, state, saved_at)
			values (:thread, :id, :node, :next, :state, :now)""";

	/** Keeps the newest {@code historySize} checkpoints of the thread. */
	private static final String TRIM = """
			delete from conversation_checkpoint where thread_id = :thread and position <= (
			  select position from conversation_checkpoint where thread_id = :thread
			  order by position desc limit 1 offset :kept)""";

	private final JdbcClient jdbc;

	private final CheckpointJson json;

	private final Clock clock;

	private final CheckpointSettings settings;

	private final TransactionTemplate transaction;

	/** Asked on first use, so that wiring the store never waits for the database. */
	private final Supplier<Boolean> postgresql;

	JdbcCheckpointSaver(DataSource dataSource, CheckpointJson json, Clock clock, CheckpointSettings settings) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.postgresql = DatabaseProduct.isPostgresqlOnFirstUse(dataSource);
		this.json = json;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public Collection<Checkpoint> list(RunnableConfig config) {
		return this.jdbc.sql("select " + COLUMNS + " from conversation_checkpoint where thread_id = ? order by position desc")
			.param(threadId(config))
			.query(this::checkpoint)
			.list();
	}

	@Override
	public Optional<Checkpoint> get(RunnableConfig config) {
		if (config.checkPointId().isPresent()) {
			return this.jdbc
				.sql("select " + COLUMNS + " from conversation_checkpoint where thread_id = ? and checkpoint_id = ?")
				.params(threadId(config), config.checkPointId().get())
				.query(this::checkpoint)
				.optional();
		}
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from conversation_checkpoint where thread_id = ? order by position desc limit 1")
			.param(threadId(config))
			.query(this::checkpoint)
			.optional();
	}

	/**
	 * With a checkpoint id in the config the checkpoint replaces that one (as LangGraph4j's savers do), else it is
	 * added and the thread's oldest beyond the history size go, in one transaction.
	 */
	@Override
	public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) {
		if (config.checkPointId().isPresent()) {
			replace(config, checkpoint);
			return config;
		}
		this.transaction.executeWithoutResult((status) -> add(threadId(config), checkpoint, status.isNewTransaction()));
		return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
	}

	/**
	 * On PostgreSQL the insert and the trim go as one round trip, after the setting that lets this transaction (when
	 * it is this store's own) commit without waiting for the flush; H2 takes one statement at a time.
	 */
	private void add(String threadId, Checkpoint checkpoint, boolean ownTransaction) {
		Map<String, Object> values = Map.of("thread", threadId, "id", checkpoint.getId(), "node",
				checkpoint.getNodeId(), "next", checkpoint.getNextNodeId(), "state",
				this.json.writeState(checkpoint.getState()), "now", SqlTimestamps.param(this.clock.instant()), "kept",
				this.settings.historySize());
		if (this.postgresql.get()) {
			String flush = ownTransaction ? "set local synchronous_commit to off;\n" : "";
			this.jdbc.sql(flush + INSERT + ";\n" + TRIM).params(values).update();
		}
		else {
			this.jdbc.sql(INSERT).params(values).update();
			this.jdbc.sql(TRIM).params(values).update();
		}
	}

	private void replace(RunnableConfig config, Checkpoint checkpoint) {
		int replaced = this.jdbc.sql("""
				update conversation_checkpoint
				set checkpoint_id = ?, node_id = ?, next_node_id = ?, state = ?, saved_at = ?
				where thread_id = ? and checkpoint_id = ?""")
			.params(checkpoint.getId(), checkpoint.getNodeId(), checkpoint.getNextNodeId(),
					this.json.writeState(checkpoint.getState()), SqlTimestamps.param(this.clock.instant()),
					threadId(config), config.checkPointId().get())
			.update();
		if (replaced == 0) {
			throw new NoSuchElementException("Checkpoint with id " + config.checkPointId().get() + " not found!");
		}
	}

	@Override
	public String kind() {
		return "jdbc";
	}

	@Override
	public void deleteThread(String threadId) {
		this.jdbc.sql("delete from conversation_checkpoint where thread_id = ?").param(threadId).update();
	}

	@Override
	public void checkReachable() {
		this.jdbc.sql("select count(*) from conversation_checkpoint where thread_id = ''").query(Long.class).single();
	}

	/** Deletes every conversation whose latest checkpoint is older than the retention; returns how many checkpoints went. */
	@Override
	public int deleteIdleConversations() {
		var cutoff = SqlTimestamps.param(this.clock.instant().minus(this.settings.retention()));
		return this.jdbc.sql("""
				delete from conversation_checkpoint where thread_id in (
				  select thread_id from conversation_checkpoint group by thread_id having max(saved_at) < ?)""")
			.param(cutoff)
			.update();
	}

	private Checkpoint checkpoint(ResultSet row, int rowNumber) throws SQLException {
		return CheckpointJson.checkpoint(row.getString("checkpoint_id"), row.getString("node_id"),
				row.getString("next_node_id"), this.json.readState(row.getString("state")));
	}

}
