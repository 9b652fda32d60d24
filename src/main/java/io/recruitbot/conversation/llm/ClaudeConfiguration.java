package io.recruitbot.conversation.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import io.recruitbot.conversation.understanding.MessageReader;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claude reads candidates' messages only when {@code ANTHROPIC_API_KEY} is set; it then takes precedence over the
 * offline reader, which stays its fallback.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${recruitbot.llm.anthropic-api-key:}' != ''")
class ClaudeConfiguration {

	@Bean
	@Primary
	ClaudeMessageReader claudeMessageReader(LlmSettings settings,
			@Qualifier("offlineMessageReader") MessageReader fallback, JsonMapper json, LlmMetrics metrics) {
		return new ClaudeMessageReader(claude(settings), fallback, new MessageReadingTool(json), metrics);
	}

	/**
	 * No retries: a retry would double the wait of a candidate whose message the offline reader can read right away.
	 * Temperature 0, so the same message is read the same way.
	 */
	static ChatModel claude(LlmSettings settings) {
		return AnthropicChatModel.builder()
			.baseUrl(settings.anthropicApiUrl())
			.apiKey(settings.anthropicApiKey())
			.modelName(settings.anthropicModel())
			.temperature(0.0)
			.timeout(settings.timeout())
			.maxRetries(0)
			.build();
	}

}
