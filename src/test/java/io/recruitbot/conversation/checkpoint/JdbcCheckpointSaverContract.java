package io.recruitbot.conversation.checkpoint;

import io.recruitbot.system.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on one SQL database, plus the retention of idle conversations, measured by a moved clock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCheckpointSaverContract extends CheckpointSaverContract {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));

	private HikariDataSource dataSource;

	abstract TestDatabases database();

	@BeforeAll
	void migrate() {
		this.dataSource = database().migrated();
	}

	HikariDataSource dataSource() {
		return this.dataSource;
	}

	@AfterAll
	void close() {
		this.dataSource.close();
	}

	@Override
	JdbcCheckpointSaver newStore(CheckpointSettings settings) {
		return new JdbcCheckpointSaver(this.dataSource, new CheckpointJson(JsonMapper.builder().build()),
				this.clock, settings);
	}

	@Test
	void conversationsIdleLongerThanTheRetentionAreDeleted() throws Exception {
		JdbcCheckpointSaver checkpoints = newStore(new CheckpointSettings(20, 30));
		String idle = UUID.randomUUID().toString();
		String active = UUID.randomUUID().toString();
		putSteps(checkpoints, idle, 2);
		putSteps(checkpoints, active, 1);
		this.clock.advance(Duration.ofDays(20));
		putSteps(checkpoints, active, 1);

		this.clock.advance(Duration.ofDays(11));
		checkpoints.deleteIdleConversations();

		assertThat(checkpoints.list(config(idle))).isEmpty();
		assertThat(checkpoints.list(config(active))).as("an old checkpoint of a live conversation stays").hasSize(2);
	}

	@Test
	void conversationsWithinTheRetentionAreKept() throws Exception {
		JdbcCheckpointSaver checkpoints = newStore(new CheckpointSettings(20, 30));
		putSteps(checkpoints, this.thread, 1);

		this.clock.advance(Duration.ofDays(29));
		checkpoints.deleteIdleConversations();

		assertThat(checkpoints.list(config(this.thread))).hasSize(1);
	}

}
