package io.recruitbot.ops.health;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is not there yet when the service starts, as when both start together on a busy host: the real
 * PostgreSQL behind a TCP proxy that drops every connection for 10 s from the first. The service waits instead of
 * exiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseLateAtStartIntegrationTests {

	static final Duration LATE = Duration.ofSeconds(10);

	static TcpProxy database;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void databaseThatComesLate(DynamicPropertyRegistry registry) throws IOException {
		database = TcpProxy.toTestPostgres();
		database.refuseAtFirst(LATE);
		registry.add("recruitbot.database.url", database::testPostgresUrl);
	}

	@AfterAll
	static void stopProxy() throws IOException {
		database.close();
	}

	@Test
	void theServiceWaitsForADatabaseThatAnswersOnlyAfterTenSecondsAndBecomesReady() throws IOException {
		ServiceClient service = new ServiceClient(this.port);

		// one try a second, from the first: the service kept trying for the 10 s rather than giving up after 3
		assertThat(database.refused()).isGreaterThanOrEqualTo(8);
		assertThat(service.get("/health/readiness").status()).isEqualTo(200);
		assertThat(service.get("/health/detailed").json().get("components").get("database").get("status").asString())
			.isEqualTo("up");
	}

}
