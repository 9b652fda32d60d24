package io.recruitbot.conversation.llm;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Any OpenAI-compatible chat-completions server (here a self-hosted one under /v1) passes the provider contract. */
class OpenAiCompatibleProviderTests extends ModelProviderContract {

	@Override
	LlmSettings settings(String baseUrl) {
		return new LlmSettings("openai", "Our own servers", null, "claude-haiku-4-5", "https://api.anthropic.com",
				"local-key", baseUrl + "/v1", "qwen2.5-7b-instruct", 6, Duration.ofSeconds(2), 100,
				Duration.ofSeconds(30), Duration.ofMinutes(10), Map.of());
	}

	@Override
	ModelProvider provider(LlmSettings settings) {
		return new OpenAiCompatibleProvider(settings);
	}

	@Override
	ResponseDefinitionBuilder toolCall(String arguments) {
		String escaped = JsonMapper.builder().build().writeValueAsString(arguments);
		return okJson("""
				{"id": "chatcmpl-1", "object": "chat.completion", "created": 1767000000, "model": "qwen2.5-7b-instruct",
				 "choices": [{"index": 0, "finish_reason": "tool_calls",
				   "message": {"role": "assistant", "content": null,
				     "tool_calls": [{"id": "call_1", "type": "function",
				       "function": {"name": "%s", "arguments": %s}}]}}],
				 "usage": {"prompt_tokens": 400, "completion_tokens": 25, "total_tokens": 425}}"""
			.formatted(MessageReadingTool.NAME, escaped));
	}

	@Override
	String path() {
		return "/v1/chat/completions";
	}

	@Override
	void assertAuthenticated(LoggedRequest request) {
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer local-key");
	}

	@Override
	void assertToolIsRequired(JsonNode body) {
		assertThat(body.path("model").stringValue()).isEqualTo("qwen2.5-7b-instruct");
		assertThat(body.path("temperature").doubleValue()).isZero();
		JsonNode function = body.path("tools").get(0).path("function");
		assertThat(function.path("name").stringValue()).isEqualTo(MessageReadingTool.NAME);
		assertThat(function.path("parameters").path("properties").has("intent")).isTrue();
		assertThat(body.path("tool_choice").stringValue()).isEqualTo("required");
	}

	@Override
	String textSent(JsonNode body) {
		return body.path("messages").toString();
	}

	@Test
	void aSelfHostedServerNeedsNoKeyAndIsNamedAsTheProcessor() {
		LlmSettings keyless = new LlmSettings("openai", null, null, "claude-haiku-4-5", "https://api.anthropic.com",
				null, this.server.baseUrl() + "/v1", "llama3.1", 6, Duration.ofSeconds(2), 20, Duration.ofSeconds(30),
				Duration.ofMinutes(10), Map.of());
		ModelMessageReader keylessReader = new ModelMessageReader(
				new OpenAiCompatibleProvider(keyless).chatModel(RetryAfterHttpClient.builder()), this.offline,
				new MessageReadingTool(this.json), this.guard, new LlmMetrics(this.meters, keyless),
				new io.recruitbot.conversation.understanding.Cities());
		modelAnswers("{\"intent\": \"SMALLTALK\"}");

		keylessReader.read("thanks", null, VACANCIES, SCREENING);

		assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
		assertThat(keyless.processorDisplayName()).contains("localhost");
		assertThat(this.settings.processorDisplayName()).contains("Our own servers");
	}

}
