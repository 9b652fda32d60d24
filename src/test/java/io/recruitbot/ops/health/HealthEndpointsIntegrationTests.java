package io.recruitbot.ops.health;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything up: the embedded database and a real Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ENVIRONMENT=staging", "GIT_COMMIT_SHA=0123456789abcdef" })
class HealthEndpointsIntegrationTests {

	private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

	@LocalServerPort
	int port;

	ServiceClient service;

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("recruitbot.redis.url", () -> System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379/3"));
	}

	@BeforeEach
	void client() {
		this.service = new ServiceClient(this.port);
	}

	@Test
	void healthSaysHealthyWithEnvironmentAndVersion() {
		ServiceClient.Answer answer = this.service.get("/health");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		JsonNode body = answer.json();
		assertThat(body.get("status").asString()).isEqualTo("healthy");
		assertThat(body.get("timestamp").asString()).matches(ISO_INSTANT);
		assertThat(body.get("environment").asString()).isEqualTo("staging");
		assertThat(body.get("version").asString()).isEqualTo("0123456789abcdef");
	}

	@Test
	void rootAnswersLikeHealthForJsonClientsOnly() {
		ServiceClient.Answer json = this.service.get("/", "application/json");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().get("status").asString()).isEqualTo("healthy");
		ServiceClient.Answer browser = this.service.get("/",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		assertThat(browser.body()).doesNotContain("\"healthy\"");
	}

	@Test
	void livenessSaysAliveWithUptime() {
		ServiceClient.Answer answer = this.service.get("/health/liveness");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("status").asString()).isEqualTo("alive");
		assertThat(answer.json().get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(answer.json().get("timestamp").asString()).matches(ISO_INSTANT);
	}

	@Test
	void readinessIsReadyWhenDatabaseAndRedisAnswer() {
		ServiceClient.Answer answer = this.service.get("/health/readiness");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode body = answer.json();
		assertThat(body.get("status").asString()).isEqualTo("ready");
		assertThat(body.get("components").get("database").asString()).isEqualTo("up");
		assertThat(body.get("components").get("redis").asString()).isEqualTo("up");
	}

	@Test
	void startupIsStartedOnceTheApplicationIsReady() {
		ServiceClient.Answer answer = this.service.get("/health/startup");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("status").asString()).isEqualTo("started");
		assertThat(answer.json().get("startupSeconds").asDouble()).isPositive();
	}

	@Test
	void detailedShowsEveryComponentAndAbsentModulesAsNotConfigured() {
		ServiceClient.Answer answer = this.service.get("/health/detailed");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode body = answer.json();
		assertThat(body.get("status").asString()).isEqualTo("healthy");
		assertThat(body.get("version").asString()).isEqualTo("0123456789abcdef");
		assertThat(body.get("environment").asString()).isEqualTo("staging");
		assertThat(body.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
		JsonNode components = body.get("components");
		assertThat(components.propertyNames()).contains("database", "redis", "checkpointer", "jobs", "llm", "whatsapp",
				"chatwoot");
		assertThat(components.get("database").get("status").asString()).isEqualTo("up");
		assertThat(components.get("database").get("latencyMs").isNumber()).isTrue();
		assertThat(components.get("database").get("metadata").get("product").asString()).isEqualTo("H2");
		assertThat(components.get("redis").get("status").asString()).isEqualTo("up");
		for (String name : new String[] { "checkpointer", "jobs", "llm", "whatsapp", "chatwoot" }) {
			if (components.get(name).get("status").asString().equals("not_configured")) {
				assertThat(components.get(name).get("message").asString()).isEqualTo("not configured");
			}
		}
		assertThat(body.get("system").get("availableProcessors").asInt()).isPositive();
		assertThat(body.get("deployment").get("commit").asString()).isEqualTo("0123456789abcdef");
	}

	@Test
	void detailedShowsNoSecretsOrAddresses() {
		String body = this.service.get("/health/detailed").body();
		assertThat(body).doesNotContainIgnoringCase("jdbc:").doesNotContain("redis://").doesNotContain("6379");
	}

	@Test
	void railwayAnswersWithoutCheckingAnything() {
		ServiceClient.Answer answer = this.service.get("/health/railway");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("ok").asBoolean()).isTrue();
		assertThat(answer.json().get("service").asString()).isEqualTo("recruitbot");
		assertThat(answer.json().get("version").asString()).isEqualTo("0123456789abcdef");
	}

	@Test
	void actuatorsOwnProbesUseTheSameIndicatorsAndGroups() {
		ServiceClient.Answer readiness = this.service.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
		assertThat(this.service.get("/actuator/health/liveness").status()).isEqualTo(200);
	}

	@Test
	void metricsArePrometheusTextWithHttpJvmPoolAndPlatformMetrics() {
		this.service.get("/health");
		ServiceClient.Answer answer = this.service.get("/metrics", "text/plain");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/plain");
		assertThat(answer.body()).contains("# TYPE http_server_requests_seconds", "jvm_memory_used_bytes",
				"hikaricp_connections_active", "recruitbot_inbox_depth", "recruitbot_inbox_oldest_age_seconds",
				"recruitbot_inbox_dead_letters", "recruitbot_outbox_pending");
	}

}
