package io.recruitbot.system;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The two databases persistence tests run on: the real PostgreSQL of this machine (database {@code recruitbot_test},
 * or {@code TEST_DATABASE_URL}; created when it does not exist yet) and an in-memory H2 in PostgreSQL mode. Both are
 * migrated with the production migrations.
 */
public enum TestDatabases {

	POSTGRESQL, H2;

	public static final String POSTGRES_URL = MissingTestDatabase.create(System.getenv()
		.getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/recruitbot_test?user=postgres"));

	private static final Map<TestDatabases, HikariDataSource> SHARED = new EnumMap<>(TestDatabases.class);

	public static final String REDIS_URL = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379/0");

	/** The JDBC URL of a fresh database of this kind (for PostgreSQL: the shared test database). */
	public String jdbcUrl() {
		return switch (this) {
			case POSTGRESQL -> POSTGRES_URL;
			case H2 -> "jdbc:h2:mem:test-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
		};
	}

	/** A migrated pool on a database of this kind; close it when done. */
	public HikariDataSource migrated() {
		String url = jdbcUrl();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setMaximumPoolSize(8);
		SchemaMigration.flyway(dataSource, DatabaseUrl.parse(url)).migrate();
		return dataSource;
	}

	/** A migrated pool on a database of this kind, shared by all tests of this JVM; do not close it. */
	public synchronized HikariDataSource shared() {
		return SHARED.computeIfAbsent(this, (kind) -> kind.migrated());
	}

	/** Empties every table of the data model, for tests that need a known starting point. */
	public static void truncateAll(DataSource dataSource) {
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
		for (String table : new String[] { "outbox_message", "inbox_message", "message", "consent_record", "conversation",
				"candidate", "vacancy", "erasure_record" }) {
			jdbc.sql("delete from " + table).update();
		}
	}

}
