package io.recruitbot.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The schema migrated beside the start, and the data source that waits for it. */
class SchemaMigrationTests {

	private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
			+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

	@Test
	void aConnectionIsHandedOutOnlyOnceTheSchemaIsMigrated() throws Exception {
		// every new connection takes half a second to open, so the migration is still running when the test asks
		String slow = "jdbc:h2:mem:slow-" + UUID.randomUUID() + H2_SETTINGS
				+ ";INIT=CREATE ALIAS IF NOT EXISTS SLEEP FOR 'java.lang.Thread.sleep'\\;CALL SLEEP(500)";
		HikariDataSource pool = pool(slow);

		try (MigratedDataSource dataSource = new MigratedDataSource(pool, SchemaMigration.begin(pool, target(slow)));
				Connection connection = dataSource.getConnection()) {
			assertThat(SchemaMigration.flyway(pool, target(slow)).info().pending()).isEmpty();
			assertThat(connection.getMetaData().getTables(null, null, "vacancy", null).next()).isTrue();
		}
	}

	@Test
	void aFailedMigrationFailsEveryConnectionAndTheStartWithFlywaysOwnException() throws Exception {
		String url = h2();
		HikariDataSource pool = pool(url);
		// a table Flyway did not make: it refuses to migrate a schema that is not empty and has no history
		JdbcClient.create(pool).sql("create table left_behind (id int)").update();

		try (MigratedDataSource dataSource = new MigratedDataSource(pool, SchemaMigration.begin(pool, target(url)))) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(dataSource::getConnection)
				.withMessage("The database schema could not be migrated")
				.withCauseInstanceOf(FlywayException.class);
			assertThatExceptionOfType(FlywayException.class).isThrownBy(dataSource::start)
				.withMessageContaining("non-empty schema");
			assertThat(dataSource.isRunning()).isFalse();
		}
	}

	@Test
	void theEventPublicationTableSpringModulithMadeInAnEarlierReleaseIsKeptWithItsRows() throws Exception {
		String url = h2();
		try (HikariDataSource pool = pool(url)) {
			// the release before: the schema up to version 150, and Modulith's own table with an unfinished event
			Flyway.configure().dataSource(pool).locations(target(url).migrationLocations()).target("150").load().migrate();
			try (Connection connection = pool.getConnection()) {
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("org/springframework/modulith/events/jdbc/schemas/v2/schema-h2.sql"));
			}
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("""
					insert into event_publication (id, event_type, listener_id, publication_date, serialized_event)
					values (random_uuid(), 'CandidateQualified', 'listener', current_timestamp, '{}')""").update();

			SchemaMigration.flyway(pool, target(url)).migrate();

			assertThat(SchemaMigration.flyway(pool, target(url)).info().pending()).isEmpty();
			assertThat(jdbc.sql("select count(*) from event_publication").query(Integer.class).single()).isOne();
		}
	}

	@Test
	void eachDatabaseGetsTheMigrationsWrittenForBothAndItsOwn() {
		assertThat(DatabaseUrl.parse("").migrationLocations()).containsExactly("classpath:db/migration",
				"classpath:db/h2");
		assertThat(DatabaseUrl.parse("postgresql://user:secret@db.example:5432/recruitbot").migrationLocations())
			.containsExactly("classpath:db/migration", "classpath:db/postgresql");
	}

	private static String h2() {
		return "jdbc:h2:mem:schema-" + UUID.randomUUID() + H2_SETTINGS;
	}

	private static DatabaseUrl target(String jdbcUrl) {
		return DatabaseUrl.parse(jdbcUrl);
	}

	private static HikariDataSource pool(String jdbcUrl) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(jdbcUrl);
		pool.setMaximumPoolSize(4);
		return pool;
	}

}
