package io.recruitbot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.system.TestDatabases;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production start: from the bean definitions the build prepared (Spring AOT; start.sh passes
 * {@code -Dspring.aot.enabled=true}), with every part a setting switches on (Redis, a language model, single sign-on)
 * switched on. The build prepared the definitions without any of them, so this shows that the settings choose at
 * start, not at build time.
 */
class PreparedStartIntegrationTests {

	private final WireMockServer identityProvider = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@BeforeEach
	void prepareTheDefinitionsAndAnIdentityProvider() {
		assumeTrue(ClassUtils.isPresent(RecruitbotApplication.class.getName() + "__ApplicationContextInitializer", null),
				"the prepared definitions are made by the build's process-aot step (./mvnw verify runs it)");
		this.identityProvider.start();
		String issuer = this.identityProvider.baseUrl();
		this.identityProvider.stubFor(get("/.well-known/openid-configuration").willReturn(okJson("""
				{"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
				 "userinfo_endpoint": "%1$s/userinfo", "jwks_uri": "%1$s/keys", "response_types_supported": ["code"],
				 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]}"""
			.formatted(issuer))));
		System.setProperty("spring.aot.enabled", "true");
	}

	@AfterEach
	void stop() {
		System.clearProperty("spring.aot.enabled");
		this.identityProvider.stop();
	}

	@Test
	void redisAModelAndSingleSignOnAreChosenByTheirSettingsAtStart() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RecruitbotApplication.class)
			.main(RecruitbotApplication.class)
			.run(
				"--server.port=0", "--recruitbot.redis.url=" + TestDatabases.REDIS_URL,
				"--recruitbot.llm.provider=anthropic", "--recruitbot.llm.anthropic-api-key=a-key-never-used",
				"--recruitbot.llm.anthropic-base-url=http://127.0.0.1:9",
				"--recruitbot.access.oidc-issuer-uri=" + this.identityProvider.baseUrl(),
				"--recruitbot.access.oidc-client-id=recruitbot-console",
				"--recruitbot.access.oidc-client-secret=a-client-secret")) {
			assertThat(AotDetector.useGeneratedArtifacts()).isTrue();

			assertThat(context.getBean(BaseCheckpointSaver.class).getClass().getSimpleName())
				.isEqualTo("RedisCheckpointSaver");
			assertThat(context.getBean("redis", HealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
			assertThat(context.getBean(MessageReader.class).getClass().getSimpleName()).isEqualTo("ModelMessageReader");

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<Void> signOn = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/oidc"))
					.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(signOn.statusCode()).isEqualTo(302);
			assertThat(signOn.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).startsWith(this.identityProvider.baseUrl() + "/authorize"));
		}
	}

}
