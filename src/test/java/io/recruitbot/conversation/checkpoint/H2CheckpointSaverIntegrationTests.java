package io.recruitbot.conversation.checkpoint;

import io.recruitbot.system.TestDatabases;

/** The JDBC checkpoint store on H2 in PostgreSQL mode, the embedded database. */
class H2CheckpointSaverIntegrationTests extends JdbcCheckpointSaverContract {

	@Override
	TestDatabases database() {
		return TestDatabases.H2;
	}

}
