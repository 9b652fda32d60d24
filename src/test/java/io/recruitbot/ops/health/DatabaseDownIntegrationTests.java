package io.recruitbot.ops.health;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database becomes unreachable after start-up (it has to be there for the migrations): the real PostgreSQL behind
 * a TCP proxy that the test cuts, dropping every open connection as a network failure or a database crash would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseDownIntegrationTests {

	static TcpProxy database;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void databaseBehindProxy(DynamicPropertyRegistry registry) throws IOException {
		database = TcpProxy.toTestPostgres();
		registry.add("recruitbot.database.url", database::testPostgresUrl);
	}

	@AfterAll
	static void stopProxy() throws IOException {
		database.close();
	}

	@Test
	void readinessAndDetailedFailWhileLivenessStaysUp() throws IOException {
		ServiceClient service = new ServiceClient(this.port);
		await().atMost(Duration.ofSeconds(10)).until(() -> service.get("/health/readiness").status() == 200);

		database.cut();
		// probed like a load balancer probes, every half second
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> service.get("/health/readiness").status() == 503);

		JsonNode readiness = service.get("/health/readiness").json();
		assertThat(readiness.get("status").asString()).isEqualTo("not_ready");
		assertThat(readiness.get("errors").toString()).contains("database");
		ServiceClient.Answer detailed = service.get("/health/detailed");
		assertThat(detailed.status()).isEqualTo(503);
		assertThat(detailed.json().get("status").asString()).isEqualTo("unhealthy");
		assertThat(detailed.json().get("components").get("database").get("status").asString()).isEqualTo("down");
		assertThat(detailed.body()).doesNotContain("jdbc:");
		assertThat(service.get("/health").status()).isEqualTo(200);
		assertThat(service.get("/health/liveness").status()).isEqualTo(200);
		assertThat(service.get("/health/readiness").tookMs()).isLessThan(500);
	}

}
