package io.recruitbot.conversation.llm;

import java.time.Clock;

import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.MessageReader;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language model reads candidates' messages when {@code LLM_PROVIDER} names one (or, unset, when
 * {@code ANTHROPIC_API_KEY} is set); it then takes precedence over the offline reader, which reads beside it. Without
 * one, the workflow's reader is the offline reader and there is no guard. The choice is made when the beans are
 * created, not by which beans exist, since the production image starts from bean definitions prepared at build time
 * (see {@code system.RedisConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class LlmConfiguration {

	/** Keeps the model away while it fails or is rate-limited; {@code null} without a model. */
	@Bean
	@Nullable ModelGuard modelGuard(LlmSettings settings, Clock clock) {
		return settings.modelConfigured() ? new ModelGuard(settings, clock) : null;
	}

	/**
	 * The reader the workflow uses: the model's, or the offline reader alone. The offline reader is only a fallback
	 * candidate ({@code @Fallback}), so this one is injected where a {@link MessageReader} is asked for, and a test's
	 * {@code @Primary} reader still replaces it.
	 */
	@Bean
	MessageReader messageReader(LlmSettings settings, ObjectProvider<ModelGuard> guard,
			@Qualifier("offlineMessageReader") MessageReader offline, JsonMapper json, LlmMetrics metrics,
			Cities cities) {
		ModelGuard modelGuard = guard.getIfAvailable();
		if (modelGuard == null) {
			return new OfflineReaderAlone(offline);
		}
		ModelProvider provider = switch (settings.chosenProvider()) {
			case ANTHROPIC -> new AnthropicProvider(settings);
			case OPENAI -> new OpenAiCompatibleProvider(settings);
			case NONE -> throw new IllegalStateException("LLM_PROVIDER=none configures no model");
		};
		return new ModelMessageReader(provider.chatModel(RetryAfterHttpClient.builder()), offline,
				new MessageReadingTool(json), modelGuard, metrics, cities);
	}

}
