package io.recruitbot.ops.health;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis configured but nothing listens on its port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisDownIntegrationTests {

	@LocalServerPort
	int port;

	ServiceClient service;

	@DynamicPropertySource
	static void redisOnClosedPort(DynamicPropertyRegistry registry) throws IOException {
		int closed = TcpProxy.closedPort();
		registry.add("recruitbot.redis.url", () -> "redis://127.0.0.1:" + closed + "/3");
	}

	@BeforeEach
	void client() {
		this.service = new ServiceClient(this.port);
	}

	@Test
	void readinessIsNotReadyAndNamesRedis() {
		ServiceClient.Answer answer = this.service.get("/health/readiness");
		assertThat(answer.status()).isEqualTo(503);
		JsonNode body = answer.json();
		assertThat(body.get("status").asString()).isEqualTo("not_ready");
		assertThat(body.get("timestamp").asString()).isNotBlank();
		assertThat(body.get("errors").toString()).contains("redis");
		assertThat(body.get("errors").toString()).doesNotContain("database");
	}

	@Test
	void detailedIsUnhealthyWith503AndTheDatabaseStillUp() {
		ServiceClient.Answer answer = this.service.get("/health/detailed");
		assertThat(answer.status()).isEqualTo(503);
		JsonNode body = answer.json();
		assertThat(body.get("status").asString()).isEqualTo("unhealthy");
		assertThat(body.get("components").get("redis").get("status").asString()).isEqualTo("down");
		assertThat(body.get("components").get("database").get("status").asString()).isEqualTo("up");
	}

	@Test
	void processLevelEndpointsStayUp() {
		assertThat(this.service.get("/health").status()).isEqualTo(200);
		assertThat(this.service.get("/health/liveness").status()).isEqualTo(200);
		assertThat(this.service.get("/health/startup").status()).isEqualTo(200);
		assertThat(this.service.get("/health/railway").status()).isEqualTo(200);
	}

	@Test
	void readinessAnswersWithinItsBudget() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.service.get("/health/readiness").tookMs()).isLessThan(500);
		}
	}

}
