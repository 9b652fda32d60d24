package io.recruitbot.conversation;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Claude, through Anthropic's Messages API, reading the dev conversations as well as the offline reader. */
class AnthropicScriptedModelConversationsIntegrationTests extends ScriptedModelConversationsContract {

	static final ScriptedModel model = new ScriptedModel(ScriptedModel.Dialect.ANTHROPIC);

	static final WireMockServer anthropic = started(model);

	@DynamicPropertySource
	static void claude(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.llm.anthropic-api-key", () -> "test-key");
		properties.add("recruitbot.llm.anthropic-base-url", anthropic::baseUrl);
	}

	@AfterAll
	static void stop() {
		anthropic.stop();
	}

	@Override
	WireMockServer standIn() {
		return anthropic;
	}

	@Override
	ScriptedModel model() {
		return model;
	}

}
