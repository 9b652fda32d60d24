package io.recruitbot.conversation.llm;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Claude through Anthropic's Messages API passes the provider contract. */
class AnthropicProviderTests extends ModelProviderContract {

	@Override
	LlmSettings settings(String baseUrl) {
		return new LlmSettings(null, null, "test-key", "claude-haiku-4-5", baseUrl, null, null, null, 6,
				Duration.ofSeconds(2), 100, Duration.ofSeconds(30), Duration.ofMinutes(10),
				java.util.Map.of("claude-haiku-4-5", new LlmSettings.ModelPrice(1.00, 5.00)));
	}

	@Override
	ModelProvider provider(LlmSettings settings) {
		return new AnthropicProvider(settings);
	}

	@Override
	ResponseDefinitionBuilder toolCall(String arguments) {
		return okJson("""
				{"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
				 "content": [{"type": "tool_use", "id": "toolu_01", "name": "%s", "input": %s}],
				 "stop_reason": "tool_use", "stop_sequence": null,
				 "usage": {"input_tokens": 400, "output_tokens": 25}}""".formatted(MessageReadingTool.NAME, arguments));
	}

	@Override
	String path() {
		return "/v1/messages";
	}

	@Override
	void assertAuthenticated(LoggedRequest request) {
		assertThat(request.getHeader("x-api-key")).isEqualTo("test-key");
		assertThat(request.getHeader("anthropic-version")).isNotBlank();
	}

	@Override
	void assertToolIsRequired(JsonNode body) {
		assertThat(body.path("model").stringValue()).isEqualTo("claude-haiku-4-5");
		assertThat(body.path("temperature").doubleValue()).isZero();
		assertThat(body.path("tools").get(0).path("name").stringValue()).isEqualTo(MessageReadingTool.NAME);
		assertThat(body.path("tools").get(0).path("input_schema").path("properties").has("intent")).isTrue();
		assertThat(body.path("tool_choice").path("type").stringValue()).isEqualTo("any");
	}

	@Override
	String textSent(JsonNode body) {
		return body.path("system").toString() + body.path("messages").toString();
	}

}
