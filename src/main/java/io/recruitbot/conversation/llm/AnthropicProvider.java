package io.recruitbot.conversation.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;

/** Claude, through Anthropic's Messages API ({@code ANTHROPIC_API_KEY}, {@code ANTHROPIC_MODEL}, {@code ANTHROPIC_BASE_URL}). */
record AnthropicProvider(LlmSettings settings) implements ModelProvider {

	@Override
	public String name() {
		return "anthropic";
	}

	@Override
	public ChatModel chatModel(RetryAfterHttpClient.Builder http) {
		return AnthropicChatModel.builder()
			.httpClientBuilder(http)
			.baseUrl(this.settings.anthropicApiUrl())
			.apiKey(this.settings.anthropicApiKey())
			.modelName(this.settings.anthropicModel())
			.temperature(0.0)
			.timeout(this.settings.timeout())
			.maxRetries(0)
			.build();
	}

}
