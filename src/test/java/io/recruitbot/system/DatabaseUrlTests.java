package io.recruitbot.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatabaseUrlTests {

	@Test
	void unsetMeansTheEmbeddedH2FileDatabaseInPostgresMode() {
		DatabaseUrl url = DatabaseUrl.parse(null);

		assertThat(url.jdbcUrl()).startsWith("jdbc:h2:file:./data/recruitbot;MODE=PostgreSQL");
		assertThat(url.embedded()).isTrue();
		assertThat(DatabaseUrl.parse("  ")).isEqualTo(url);
	}

	@Test
	void postgresqlSchemeBecomesJdbcWithCredentialsApart() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@db.example.com:5433/recruitbot?sslmode=require");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/recruitbot?sslmode=require");
		assertThat(url.username()).isEqualTo("app");
		assertThat(url.password()).isEqualTo("s3cret");
		assertThat(url.embedded()).isFalse();
	}

	@Test
	void postgresSchemeAsHerokuAndRailwayPrintItIsAccepted() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://postgres@127.0.0.1/recruitbot");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/recruitbot");
		assertThat(url.username()).isEqualTo("postgres");
		assertThat(url.password()).isNull();
	}

	@Test
	void supabaseTransactionPoolerGetsServerSidePreparedStatementsSwitchedOff() {
		DatabaseUrl url = DatabaseUrl.parse(
				"postgresql://postgres.abcd:p%40ss%2Fword@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=require");

		assertThat(url.jdbcUrl()).isEqualTo(
				"jdbc:postgresql://aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=require&prepareThreshold=0");
		assertThat(url.username()).isEqualTo("postgres.abcd");
		assertThat(url.password()).isEqualTo("p@ss/word");
	}

	@Test
	void prismaStylePgbouncerFlagIsTranslatedForTheJdbcDriver() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p@host:5432/db?pgbouncer=true&sslmode=require");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db?sslmode=require&prepareThreshold=0");
	}

	@Test
	void jdbcUrlsArePassedThroughUntouched() {
		String jdbc = "jdbc:postgresql://127.0.0.1:5432/recruitbot?user=postgres";

		assertThat(DatabaseUrl.parse(jdbc)).isEqualTo(new DatabaseUrl(jdbc, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "mysql://x", "mysql://root@localhost:3306/db", "sqlite:data.db", "just-some-text" })
	void anythingButPostgresIsRefusedNamingTheVariable(String value) {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> DatabaseUrl.parse(value))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("DATABASE_URL"))
			.withMessageStartingWith("DATABASE_URL: must be a PostgreSQL URL");
	}

	@Test
	void aUrlWithoutDatabaseIsRefused() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgresql://user@host:5432"))
			.withMessageContaining("DATABASE_URL");
	}

	@Test
	void thePasswordNeverAppearsInErrorsOrToString() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app:topsecret@host:5432/db");

		assertThat(url.toString()).doesNotContain("topsecret");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> DatabaseUrl.parse("mysql://app:topsecret@host/db"))
			.withMessageNotContaining("topsecret");
	}

}
