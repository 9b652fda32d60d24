package io.recruitbot.conversation.llm;

import java.net.URI;
import java.time.Duration;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The language models: Claude for reading candidates' messages when {@code ANTHROPIC_API_KEY} is set (else the
 * offline reader), the OpenAI settings for embeddings. Prices are US dollars per million tokens, for the cost metric;
 * the defaults are Claude Haiku 4.5's list prices.
 */
@ConfigurationProperties("recruitbot.llm")
record LlmSettings(String anthropicApiKey, @DefaultValue("claude-haiku-4-5") String anthropicModel,
		@DefaultValue("https://api.anthropic.com") String anthropicBaseUrl, String openaiApiKey, String openaiBaseUrl,
		@DefaultValue("8s") Duration timeout, @DefaultValue("1.00") double inputUsdPerMillionTokens,
		@DefaultValue("5.00") double outputUsdPerMillionTokens) {

	LlmSettings {
		requireHttpUrl(ContractVariable.ANTHROPIC_BASE_URL, anthropicBaseUrl);
		requireHttpUrl(ContractVariable.OPENAI_BASE_URL, openaiBaseUrl);
		if (anthropicModel == null || anthropicModel.isBlank()) {
			throw new InvalidSettingException(ContractVariable.ANTHROPIC_MODEL, "must name a Claude model");
		}
		if (timeout == null || timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new InvalidSettingException("recruitbot.llm.timeout", "must be between 100ms and 1m (got " + timeout + ")");
		}
		if (inputUsdPerMillionTokens < 0 || outputUsdPerMillionTokens < 0) {
			throw new InvalidSettingException("recruitbot.llm.*-usd-per-million-tokens", "prices cannot be negative");
		}
	}

	boolean claudeConfigured() {
		return this.anthropicApiKey != null && !this.anthropicApiKey.isBlank();
	}

	/**
	 * LangChain4j appends {@code messages} to its base URL, so that URL must end in the API version; operators give
	 * the host as Anthropic documents it ({@code https://api.anthropic.com}), with or without {@code /v1}.
	 */
	String anthropicApiUrl() {
		String url = this.anthropicBaseUrl.trim().replaceAll("/+$", "");
		return url.endsWith("/v1") ? url + "/" : url + "/v1/";
	}

	/** What a call cost in US dollars, from its token counts. */
	double costUsd(long inputTokens, long outputTokens) {
		return (inputTokens * this.inputUsdPerMillionTokens + outputTokens * this.outputUsdPerMillionTokens) / 1_000_000;
	}

	private static void requireHttpUrl(ContractVariable variable, String url) {
		if (url == null || url.isBlank()) {
			return;
		}
		try {
			URI uri = URI.create(url.trim());
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new InvalidSettingException(variable, "must be an http(s) URL such as https://api.example.com");
			}
		}
		catch (IllegalArgumentException ex) {
			if (ex instanceof InvalidSettingException) {
				throw ex;
			}
			throw new InvalidSettingException(variable, "is not a valid URL");
		}
	}

}
