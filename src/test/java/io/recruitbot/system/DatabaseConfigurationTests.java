package io.recruitbot.system;

import java.sql.Connection;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection pool built from {@code DATABASE_URL}. */
class DatabaseConfigurationTests {

	@Test
	void aDatabaseSlowerToOpenThanTheRequestTimeoutIsWaitedForAtStartUp() throws Exception {
		// every connection takes 4 s to open, as the embedded database did on a busy machine
		String slow = "jdbc:h2:mem:slow-to-open;INIT=CREATE ALIAS IF NOT EXISTS SLEEP FOR 'java.lang.Thread.sleep'\\;"
				+ "CALL SLEEP(4000)";
		long started = System.nanoTime();

		try (HikariDataSource pool = DatabaseConfiguration.pool(new DatabaseSettings(slow, 1, null));
				Connection connection = pool.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - started))
				.isGreaterThan(Duration.ofMillis(pool.getConnectionTimeout()));
		}
	}

}
