package io.recruitbot.conversation.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Any server that speaks OpenAI's chat completions ({@code OPENAI_BASE_URL}, {@code OPENAI_MODEL}): OpenAI, Azure
 * OpenAI, Mistral, or a vLLM or Ollama server of your own. The key is optional, as self-hosted servers often have
 * none; the reading is a tool call, which these servers support for tool-capable models.
 */
record OpenAiCompatibleProvider(LlmSettings settings) implements ModelProvider {

	/** Sent when no key is configured: the client requires one, and self-hosted servers ignore it. */
	static final String NO_KEY = "none";

	@Override
	public String name() {
		return "openai";
	}

	@Override
	public ChatModel chatModel(RetryAfterHttpClient.Builder http) {
		String key = this.settings.openaiApiKey();
		return OpenAiChatModel.builder()
			.httpClientBuilder(http)
			.baseUrl(this.settings.openaiBaseUrl().trim())
			.apiKey((key == null || key.isBlank()) ? NO_KEY : key)
			.modelName(this.settings.openaiModel())
			.temperature(0.0)
			.timeout(this.settings.timeout())
			.maxRetries(0)
			.build();
	}

}
