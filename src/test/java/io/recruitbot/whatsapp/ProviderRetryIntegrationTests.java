package io.recruitbot.whatsapp;

import io.recruitbot.system.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.TestDatabases;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The relay against a 360dialog stand-in: what it retries, when, and what it gives up on. */
class ProviderRetryIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static final String ACCEPTED = """
			{"messaging_product": "whatsapp", "messages": [{"id": "wamid.accepted"}]}""";

	private final WireMockServer provider = new WireMockServer(options().dynamicPort());

	private final MovableClock clock = new MovableClock(NOW);

	private HikariDataSource database;

	private DeliveryBench bench;

	private UUID anna;

	@BeforeEach
	void start() {
		this.provider.start();
		WhatsAppSettings settings = new WhatsAppSettings("360dialog", "d360-key", this.provider.baseUrl(), null, null,
				"https://graph.facebook.com/v21.0", "job_update", "nl");
		CloudApiGateway gateway = CloudApiGateway.dialog360(settings, RestClient.builder(),
				ClientHttpRequestFactoryBuilder.jdk(), JsonMapper.builder().build(), Clock.systemUTC());
		this.database = TestDatabases.H2.migrated();
		this.bench = new DeliveryBench(this.database, gateway, this.clock);
		this.anna = this.bench.candidate("31611111111");
		this.bench.candidateWrites(this.anna, NOW.minusSeconds(60));
	}

	@AfterEach
	void stop() {
		this.bench.close();
		this.database.close();
		this.provider.stop();
	}

	@Test
	void serverErrorIsRetriedUntilTheProviderTakesTheMessage() throws Exception {
		this.provider.stubFor(post("/messages").inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(serverError())
			.willSetStateTo("recovered"));
		this.provider.stubFor(post("/messages").inScenario("outage").whenScenarioStateIs("recovered").willReturn(okJson(ACCEPTED)));
		UUID id = enqueue();

		this.bench.relayUntilIdle();
		this.clock.advance(Duration.ofSeconds(2));
		this.bench.relayUntilIdle();

		this.provider.verify(2, postRequestedFor(urlEqualTo("/messages")));
		assertThat(this.bench.messageStatus(id)).isEqualTo("sent");
		assertThat(providerIdOf(id)).isEqualTo("wamid.accepted");
	}

	@Test
	void throttledMessageWaitsForRetryAfter() throws Exception {
		this.provider.stubFor(post("/messages").inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60"))
			.willSetStateTo("calm"));
		this.provider.stubFor(post("/messages").inScenario("throttled").whenScenarioStateIs("calm").willReturn(okJson(ACCEPTED)));
		UUID id = enqueue();

		this.bench.relayUntilIdle();
		this.clock.advance(Duration.ofSeconds(59));
		this.bench.relayUntilIdle();
		this.provider.verify(1, postRequestedFor(urlEqualTo("/messages")));

		this.clock.advance(Duration.ofSeconds(1));
		this.bench.relayUntilIdle();
		this.provider.verify(2, postRequestedFor(urlEqualTo("/messages")));
		assertThat(this.bench.messageStatus(id)).isEqualTo("sent");
	}

	@Test
	void badRequestIsNotRetried() throws Exception {
		this.provider.stubFor(post("/messages").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100}}""")));
		UUID id = enqueue();

		for (int i = 0; i < 3; i++) {
			this.bench.relayUntilIdle();
			this.clock.advance(Duration.ofMinutes(10));
		}

		this.provider.verify(1, postRequestedFor(urlEqualTo("/messages")));
		assertThat(this.bench.messageStatus(id)).isEqualTo("failed");
		assertThat(this.bench.jdbc.sql("select error_code from message where id = ?").param(id).query(String.class).single())
			.isEqualTo("100");
		assertThat(this.bench.jdbc.sql("select last_error from outbox_message where id = ?").param(id).query(String.class).single())
			.contains("Invalid parameter");
	}

	private UUID enqueue() {
		return this.bench.outbox().enqueue(new OutboundMessage(this.anna, "31611111111", new Text("Hallo"), null));
	}

	private String providerIdOf(UUID id) {
		return this.bench.jdbc.sql("select provider_message_id from message where id = ?").param(id).query(String.class).single();
	}

}
