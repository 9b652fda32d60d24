package io.recruitbot.conversation;

import java.time.Instant;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.MovableClock;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Which message's side effects are still to be written, on PostgreSQL and on H2 alike. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class ScreeningProgressIntegrationTests {

	private static final Instant T = Instant.parse("2026-11-28T08:00:00Z");

	private final TestDatabases database;

	private final UUID candidate = UUID.randomUUID();

	private HikariDataSource dataSource;

	private ScreeningProgress progress;

	ScreeningProgressIntegrationTests(TestDatabases database) {
		this.database = database;
	}

	@BeforeEach
	void oneCandidate() {
		this.dataSource = this.database.migrated();
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("""
				insert into candidate (id, phone, status, created_at, updated_at) values (?, ?, 'NEW', ?, ?)""")
			.params(this.candidate, "316" + Math.abs(this.candidate.getLeastSignificantBits() % 100_000_000L),
					SqlTimestamps.param(T), SqlTimestamps.param(T))
			.update();
		this.progress = new ScreeningProgress(jdbc, new MovableClock(T));
	}

	@AfterEach
	void close() {
		this.dataSource.close();
	}

	private boolean firstTime(String messageId, int second, long inboxId) {
		return this.progress.firstTime(this.candidate, ScreeningProgress.REPLY, messageId,
				SoleWorkerClaim.at(T.plusSeconds(second), inboxId));
	}

	@Test
	void aMessageIsWrittenOnce() {
		assertThat(firstTime("m1", 1, 1)).isTrue();
		assertThat(firstTime("m1", 1, 1)).isFalse();
	}

	@Test
	void aMessageThatComesBeforeOneAlreadyWrittenIsNeverWrittenAfterIt() {
		assertThat(firstTime("m1", 1, 1)).isTrue();
		assertThat(firstTime("m2", 2, 2)).isTrue();
		assertThat(firstTime("m1", 1, 1)).as("the older message again, by a worker that lost track").isFalse();
		assertThat(firstTime("m0", 0, 3)).as("sent earlier, stored later").isFalse();
		assertThat(firstTime("m3", 2, 4)).as("sent in the same second, stored later").isTrue();
		assertThat(firstTime("m2", 2, 2)).isFalse();
	}

}
