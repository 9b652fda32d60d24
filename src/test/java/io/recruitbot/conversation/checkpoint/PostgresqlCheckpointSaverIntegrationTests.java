package io.recruitbot.conversation.checkpoint;

import java.util.Map;
import java.util.UUID;

import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC checkpoint store on the real PostgreSQL ({@code TEST_DATABASE_URL}). */
class PostgresqlCheckpointSaverIntegrationTests extends JdbcCheckpointSaverContract {

	@Override
	TestDatabases database() {
		return TestDatabases.POSTGRESQL;
	}

	@Test
	void aCheckpointWrittenInTheCallersTransactionLeavesThatTransactionsCommitDurable() {
		JdbcCheckpointSaver store = newStore(CheckpointSettings.defaults());
		JdbcClient jdbc = JdbcClient.create(dataSource());
		String thread = UUID.randomUUID().toString();

		String commitMode = new TransactionTemplate(new DataSourceTransactionManager(dataSource())).execute((status) -> {
			store.put(config(thread), checkpoint("router", "extraction", Map.of("text", "Hi")));
			return jdbc.sql("show synchronous_commit").query(String.class).single();
		});

		assertThat(commitMode).isEqualTo("on");
		assertThat(store.list(config(thread))).hasSize(1);
	}

}
