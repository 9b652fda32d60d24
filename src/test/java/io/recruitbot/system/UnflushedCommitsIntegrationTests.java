package io.recruitbot.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class UnflushedCommitsIntegrationTests {

	@Test
	void onPostgresqlOnlyTheTransactionThatAsksCommitsWithoutWaitingForItsFlush() {
		JdbcClient jdbc = JdbcClient.create(TestDatabases.POSTGRESQL.shared());
		UnflushedCommits unflushed = new UnflushedCommits(jdbc, TestDatabases.POSTGRESQL.shared());
		TransactionTemplate transaction = new TransactionTemplate(
				new DataSourceTransactionManager(TestDatabases.POSTGRESQL.shared()));

		String inside = transaction.execute((status) -> {
			unflushed.forThisTransaction();
			return jdbc.sql("show synchronous_commit").query(String.class).single();
		});
		String after = transaction.execute((status) -> jdbc.sql("show synchronous_commit").query(String.class).single());

		assertThat(inside).isEqualTo("off");
		assertThat(after).as("the next transaction on the same connection waits again").isEqualTo("on");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void outsideATransactionItIsRefusedOnEveryDatabase(TestDatabases kind) {
		UnflushedCommits unflushed = new UnflushedCommits(JdbcClient.create(kind.shared()), kind.shared());

		assertThatIllegalStateException().isThrownBy(unflushed::forThisTransaction);
	}

	@Test
	void onH2ATransactionCommitsAsAlways() {
		JdbcClient jdbc = JdbcClient.create(TestDatabases.H2.shared());
		UnflushedCommits unflushed = new UnflushedCommits(jdbc, TestDatabases.H2.shared());
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(TestDatabases.H2.shared()));

		Integer answered = transaction.execute((status) -> {
			unflushed.forThisTransaction();
			return jdbc.sql("select 1").query(Integer.class).single();
		});

		assertThat(answered).isEqualTo(1);
	}

}
