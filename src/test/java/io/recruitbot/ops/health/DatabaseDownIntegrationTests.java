package io.recruitbot.ops.health;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.h2.tools.Server;
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
 * The database becomes unreachable after start-up (it has to be there for the migrations): an H2 server over TCP
 * that the test stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseDownIntegrationTests {

	static Server database;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void databaseOverTcp(DynamicPropertyRegistry registry) throws SQLException {
		database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
		String url = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/mem:down-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		registry.add("recruitbot.database.url", () -> url);
	}

	@AfterAll
	static void stopDatabase() {
		database.stop();
	}

	@Test
	void readinessAndDetailedFailWhileLivenessStaysUp() {
		ServiceClient service = new ServiceClient(this.port);
		await().atMost(Duration.ofSeconds(10)).until(() -> service.get("/health/readiness").status() == 200);

		database.stop();
		await().atMost(Duration.ofSeconds(15)).until(() -> service.get("/health/readiness").status() == 503);

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
