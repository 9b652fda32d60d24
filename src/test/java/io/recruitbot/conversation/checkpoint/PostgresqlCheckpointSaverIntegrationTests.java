package io.recruitbot.conversation.checkpoint;

import io.recruitbot.system.TestDatabases;

/** The JDBC checkpoint store on the real PostgreSQL ({@code TEST_DATABASE_URL}). */
class PostgresqlCheckpointSaverIntegrationTests extends JdbcCheckpointSaverContract {

	@Override
	TestDatabases database() {
		return TestDatabases.POSTGRESQL;
	}

}
