package io.recruitbot.conversation;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A self-hosted OpenAI-compatible server (say vLLM) reading the dev conversations as well as the offline reader. */
class OpenAiScriptedModelConversationsIntegrationTests extends ScriptedModelConversationsContract {

	static final ScriptedModel model = new ScriptedModel(ScriptedModel.Dialect.OPENAI);

	static final WireMockServer server = started(model);

	@DynamicPropertySource
	static void selfHosted(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.llm.provider", () -> "openai");
		properties.add("recruitbot.llm.openai-base-url", () -> server.baseUrl() + "/v1");
		properties.add("recruitbot.llm.openai-model", () -> "qwen2.5-7b-instruct");
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Override
	WireMockServer standIn() {
		return server;
	}

	@Override
	ScriptedModel model() {
		return model;
	}

}
