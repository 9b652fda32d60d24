package io.recruitbot.conversation.llm;

import java.time.Clock;

import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.MessageReader;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language model reads candidates' messages when {@code LLM_PROVIDER} names one (or, unset, when
 * {@code ANTHROPIC_API_KEY} is set); it then takes precedence over the offline reader, which reads beside it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${recruitbot.llm.provider:}'.trim().toLowerCase() matches 'anthropic|openai' "
		+ "or ('${recruitbot.llm.provider:}'.trim() == '' and '${recruitbot.llm.anthropic-api-key:}'.trim() != '')")
class LlmConfiguration {

	@Bean
	ModelProvider modelProvider(LlmSettings settings) {
		return switch (settings.chosenProvider()) {
			case ANTHROPIC -> new AnthropicProvider(settings);
			case OPENAI -> new OpenAiCompatibleProvider(settings);
			case NONE -> throw new IllegalStateException("LLM_PROVIDER=none configures no model");
		};
	}

	@Bean
	ModelGuard modelGuard(LlmSettings settings, Clock clock) {
		return new ModelGuard(settings, clock);
	}

	@Bean
	@Primary
	ModelMessageReader modelMessageReader(ModelProvider provider, ModelGuard guard,
			@Qualifier("offlineMessageReader") MessageReader offline, JsonMapper json, LlmMetrics metrics,
			Cities cities) {
		return new ModelMessageReader(provider.chatModel(RetryAfterHttpClient.builder()), offline,
				new MessageReadingTool(json), guard, metrics, cities);
	}

}
