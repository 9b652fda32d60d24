package io.recruitbot.conversation.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.recruitbot.system.SqlTimestamps;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checkpoints in the {@code conversation_checkpoint} table (PostgreSQL or H2), the store used without Redis. Each
 * thread keeps its latest {@code historySize} checkpoints; conversations idle longer than the retention are deleted
 * by {@link #deleteIdleConversations()}.
 */
final class JdbcCheckpointSaver implements CheckpointStore {

	private static final String COLUMNS = "checkpoint_id, node_id, next_node_id, state";

	private final JdbcClient jdbc;

	private final CheckpointJson json;

	private final Clock clock;

	private final CheckpointSettings settings;

	JdbcCheckpointSaver(JdbcClient jdbc, CheckpointJson json, Clock clock, CheckpointSettings settings) {
		this.jdbc = jdbc;
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

	/** With a checkpoint id in the config the checkpoint replaces that one (as LangGraph4j's savers do), else it is added. */
	@Override
	public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) {
		String threadId = threadId(config);
		String state = this.json.writeState(checkpoint.getState());
		var now = SqlTimestamps.param(this.clock.instant());
		if (config.checkPointId().isPresent()) {
			int replaced = this.jdbc.sql("""
					update conversation_checkpoint
					set checkpoint_id = ?, node_id = ?, next_node_id = ?, state = ?, saved_at = ?
					where thread_id = ? and checkpoint_id = ?""")
				.params(checkpoint.getId(), checkpoint.getNodeId(), checkpoint.getNextNodeId(), state, now, threadId,
						config.checkPointId().get())
				.update();
			if (replaced == 0) {
				throw new NoSuchElementException("Checkpoint with id " + config.checkPointId().get() + " not found!");
			}
			return config;
		}
		this.jdbc.sql("""
				insert into conversation_checkpoint (thread_id, checkpoint_id, node_id, next_node_id, state, saved_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(threadId, checkpoint.getId(), checkpoint.getNodeId(), checkpoint.getNextNodeId(), state, now)
			.update();
		dropOldest(threadId);
		return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
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
	int deleteIdleConversations() {
		var cutoff = SqlTimestamps.param(this.clock.instant().minus(this.settings.retention()));
		return this.jdbc.sql("""
				delete from conversation_checkpoint where thread_id in (
				  select thread_id from conversation_checkpoint group by thread_id having max(saved_at) < ?)""")
			.param(cutoff)
			.update();
	}

	/** Keeps the newest {@code historySize} checkpoints of the thread. */
	private void dropOldest(String threadId) {
		this.jdbc.sql("""
				delete from conversation_checkpoint where thread_id = :thread and position <= (
				  select position from conversation_checkpoint where thread_id = :thread
				  order by position desc limit 1 offset :kept)""")
			.param("thread", threadId)
			.param("kept", this.settings.historySize())
			.update();
	}

	private Checkpoint checkpoint(ResultSet row, int rowNumber) throws SQLException {
		return CheckpointJson.checkpoint(row.getString("checkpoint_id"), row.getString("node_id"),
				row.getString("next_node_id"), this.json.readState(row.getString("state")));
	}

}
