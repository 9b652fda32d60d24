package io.recruitbot.ops.health;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Readiness follows Redis: 503 when it goes away, 200 again when it returns. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisComesAndGoesIntegrationTests {

	static TcpProxy redis;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void redisBehindProxy(DynamicPropertyRegistry registry) throws IOException {
		URI real = URI.create(System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379/3"));
		redis = new TcpProxy(real.getHost(), real.getPort());
		registry.add("recruitbot.redis.url", () -> "redis://127.0.0.1:" + redis.port() + real.getPath());
	}

	@AfterAll
	static void stopProxy() throws IOException {
		redis.close();
	}

	@Test
	void readinessFlipsTo503WhenRedisGoesAwayAndBackWhenItReturns() throws IOException {
		ServiceClient service = new ServiceClient(this.port);
		await().atMost(Duration.ofSeconds(10)).until(() -> service.get("/health/readiness").status() == 200);

		redis.cut();
		// probed like a load balancer probes, every half second
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> service.get("/health/readiness").status() == 503);
		assertThat(service.get("/health/readiness").json().get("errors").toString()).contains("redis");
		assertThat(service.get("/health/readiness").tookMs()).isLessThan(500);

		redis.restore();
		// back as soon as Lettuce reconnects, which it tries every second
		await().atMost(Duration.ofSeconds(45)).until(() -> service.get("/health/readiness").status() == 200);
	}

}
