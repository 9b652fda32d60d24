package io.recruitbot.conversation.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** With {@code ANTHROPIC_API_KEY} set, Claude is the message reader the workflow gets, the offline one its fallback. */
@SpringBootTest
class ClaudeReaderIntegrationTests {

	static final WireMockServer anthropic = new WireMockServer(options().dynamicPort());

	@DynamicPropertySource
	static void claude(DynamicPropertyRegistry properties) {
		anthropic.start();
		properties.add("recruitbot.llm.anthropic-api-key", () -> "test-key");
		properties.add("recruitbot.llm.anthropic-base-url", anthropic::baseUrl);
	}

	@AfterAll
	static void stop() {
		anthropic.stop();
	}

	@MockitoBean(name = "offlineMessageReader")
	MessageReader offline;

	@Autowired
	MessageReader reader;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	@Test
	void claudeReadsMessagesAndCountsItsCalls() {
		anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(okJson(AnthropicAnswers.toolUse("{\"intent\": \"WANTS_HUMAN\"}", 400, 25))));

		assertThat(this.reader).isInstanceOf(ClaudeMessageReader.class);
		assertThat(this.reader.read("Kan ik iemand spreken?", null, ClaudeMessageReaderTests.VACANCIES).intent())
			.isEqualTo(Intent.WANTS_HUMAN);
		assertThat(this.meters.get("recruitbot.llm.calls").tag("outcome", "success").counter().count()).isEqualTo(1);
	}

	@Test
	void theOfflineReaderTakesOverWhenClaudeFails() {
		anthropic.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson("{}").withStatus(529)));
		when(this.offline.read(any(), any(), any())).thenReturn(FakeOfflineReader.READING);

		assertThat(this.reader.read("Hoi", null, ClaudeMessageReaderTests.VACANCIES)).isEqualTo(FakeOfflineReader.READING);
		verify(this.offline).read("Hoi", null, ClaudeMessageReaderTests.VACANCIES);
	}

	@Test
	void healthSaysClaudeReadsWithWhichModel() {
		var health = this.context.getBean("llm", HealthIndicator.class).health();

		assertThat(health.getDetails()).containsEntry("mode", "claude").containsEntry("model", "claude-haiku-4-5");
		assertThat(health.getDetails().toString()).doesNotContain("test-key");
	}

}
