package io.recruitbot.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database made once at the image's build, and copied by a start that finds no database. */
class EmbeddedDatabaseTemplateTests {

	private static final DatabaseUrl EMBEDDED = DatabaseUrl.parse("");

	@TempDir
	static Path made;

	private static Path template;

	@TempDir
	Path data;

	@BeforeAll
	static void makeTheTemplate() throws Exception {
		template = EmbeddedDatabaseTemplate.make(made);
	}

	@Test
	void theTemplateHoldsEveryMigrationAndNoRowButFlywaysHistory() throws Exception {
		Path copy = this.data.resolve(EmbeddedDatabaseTemplate.FILE_NAME);
		Files.copy(template, copy);

		SingleConnectionDataSource database = open(copy);
		try {
			Flyway flyway = SchemaMigration.flyway(database, EMBEDDED);
			assertThat(flyway.info().pending()).isEmpty();
			assertThat(flyway.info().applied()).hasSameSizeAs(flyway.info().all()).hasSizeGreaterThan(10);
			JdbcClient jdbc = JdbcClient.create(database);
			List<String> tables = jdbc.sql("""
					select table_name from information_schema.tables
					where table_schema = 'public' and table_name <> 'flyway_schema_history'""")
				.query(String.class)
				.list();
			assertThat(tables).contains("candidate", "message", "vacancy", "recruiter");
			for (String table : tables) {
				assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
			}
		}
		finally {
			database.destroy();
		}
	}

	@Test
	void aStartWithNoDatabaseCopiesTheTemplateAndFlywayFindsNothingToDo() throws Exception {
		Path database = this.data.resolve(EmbeddedDatabaseTemplate.FILE_NAME);

		assertThat(EmbeddedDatabaseTemplate.copyIfNew(template, database)).isTrue();

		assertThat(database).hasSameBinaryContentAs(template);
		assertThat(this.data.resolve(EmbeddedDatabaseTemplate.FILE_NAME + ".copy")).doesNotExist();
		assertThat(migrationsAppliedTo(database)).isZero();
	}

	@Test
	void aTemplateOfAnEarlierReleaseIsMigratedOnByTheStartThatCopiedIt() throws Exception {
		Path earlier = Files.createDirectory(this.data.resolve("earlier"));
		SingleConnectionDataSource release = open(earlier.resolve(EmbeddedDatabaseTemplate.FILE_NAME));
		try {
			Flyway.configure().dataSource(release).locations(EMBEDDED.migrationLocations()).target("150")
				.load().migrate();
		}
		finally {
			release.destroy();
		}
		Path database = this.data.resolve(EmbeddedDatabaseTemplate.FILE_NAME);

		assertThat(EmbeddedDatabaseTemplate.copyIfNew(earlier.resolve(EmbeddedDatabaseTemplate.FILE_NAME), database))
			.isTrue();

		assertThat(migrationsAppliedTo(database)).isPositive();
	}

	@Test
	void aDatabaseThatIsThereIsNeverReplaced() throws Exception {
		Path database = Files.writeString(this.data.resolve(EmbeddedDatabaseTemplate.FILE_NAME), "the candidates' data");

		assertThat(EmbeddedDatabaseTemplate.copyIfNew(template, database)).isFalse();

		assertThat(database).hasContent("the candidates' data");
	}

	@Test
	void aTemplateThatCannotBeReadLeavesTheDatabaseToTheMigrations() throws Exception {
		Path database = this.data.resolve(EmbeddedDatabaseTemplate.FILE_NAME);

		assertThat(EmbeddedDatabaseTemplate.copyIfNew(this.data.resolve("nowhere.mv.db"), database)).isFalse();

		assertThat(database).doesNotExist();
	}

	/** How many migrations a start's Flyway applies to the embedded database in the file. */
	private static int migrationsAppliedTo(Path database) {
		SingleConnectionDataSource opened = open(database);
		try {
			return SchemaMigration.flyway(opened, EMBEDDED).migrate().migrationsExecuted;
		}
		finally {
			opened.destroy();
		}
	}

	/** One connection to the embedded database in a file, with the service's settings. */
	private static SingleConnectionDataSource open(Path file) {
		String name = file.toString().substring(0, file.toString().length() - ".mv.db".length());
		return new SingleConnectionDataSource(DatabaseUrl.embeddedFile(name), "sa", "", true);
	}

}
