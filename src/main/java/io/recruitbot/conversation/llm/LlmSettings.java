package io.recruitbot.conversation.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which language model reads candidates' messages ({@code LLM_PROVIDER}: {@code anthropic}, {@code openai} for any
 * OpenAI-compatible server, or {@code none}; anthropic when {@code ANTHROPIC_API_KEY} is set, else none), how much
 * of the conversation it sees, how it is protected, and what its tokens cost (US dollars per million tokens, by model
 * name; a model without a price counts as free, like a self-hosted one). Public so the consent text can name the
 * processor.
 */
@ConfigurationProperties("recruitbot.llm")
public record LlmSettings(String provider, String processorName, String anthropicApiKey,
		@DefaultValue("claude-haiku-4-5") String anthropicModel,
		@DefaultValue("https://api.anthropic.com") String anthropicBaseUrl, String openaiApiKey,
		@DefaultValue("https://api.openai.com/v1") String openaiBaseUrl, String openaiModel,
		@DefaultValue("6") int contextTurns, @DefaultValue("8s") Duration timeout,
		@DefaultValue("20") int callsPerSecond, @DefaultValue("30s") Duration backOff,
		@DefaultValue("10m") Duration maxBackOff, Map<String, ModelPrice> prices) {

	/** A model's list price in US dollars per million tokens. */
	public record ModelPrice(double input, double output) {
	}

	/** Who may read the messages. */
	enum Provider {

		ANTHROPIC, OPENAI, NONE

	}

	public LlmSettings {
		requireHttpUrl(ContractVariable.ANTHROPIC_BASE_URL, anthropicBaseUrl);
		requireHttpUrl(ContractVariable.OPENAI_BASE_URL, openaiBaseUrl);
		prices = (prices != null) ? Map.copyOf(prices) : Map.of();
		Provider chosen = provider(provider, anthropicApiKey);
		if (chosen == Provider.ANTHROPIC && blank(anthropicApiKey)) {
			throw new InvalidSettingException(ContractVariable.ANTHROPIC_API_KEY, "is required with LLM_PROVIDER=anthropic");
		}
		if (chosen == Provider.ANTHROPIC && blank(anthropicModel)) {
			throw new InvalidSettingException(ContractVariable.ANTHROPIC_MODEL, "must name a Claude model");
		}
		if (chosen == Provider.OPENAI && blank(openaiModel)) {
			throw new InvalidSettingException(ContractVariable.OPENAI_MODEL,
					"is required with LLM_PROVIDER=openai (e.g. gpt-4o-mini, or the model a vLLM or Ollama server serves)");
		}
		if (contextTurns < 0 || contextTurns > 20) {
			throw new InvalidSettingException(ContractVariable.LLM_CONTEXT_TURNS, "must be between 0 and 20");
		}
		if (timeout == null || timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new InvalidSettingException("recruitbot.llm.timeout", "must be between 100ms and 1m (got " + timeout + ")");
		}
		if (callsPerSecond < 1) {
			throw new InvalidSettingException("recruitbot.llm.calls-per-second", "must be 1 or more");
		}
		if (backOff == null || maxBackOff == null || backOff.isNegative() || backOff.isZero() || maxBackOff.compareTo(backOff) < 0) {
			throw new InvalidSettingException("recruitbot.llm.back-off", "must be positive and at most recruitbot.llm.max-back-off");
		}
		if (prices.values().stream().anyMatch((price) -> price.input() < 0 || price.output() < 0)) {
			throw new InvalidSettingException("recruitbot.llm.prices", "prices cannot be negative");
		}
	}

	Provider chosenProvider() {
		return provider(this.provider, this.anthropicApiKey);
	}

	/** Whether a language model reads messages at all. */
	public boolean modelConfigured() {
		return chosenProvider() != Provider.NONE;
	}

	/**
	 * The name of the AI processor candidates' messages go to, for the consent text: {@code LLM_PROCESSOR_NAME} when
	 * set (say a self-hosted model runs at your own company), else the provider's name; empty without a model.
	 */
	public Optional<String> processorDisplayName() {
		if (!modelConfigured()) {
			return Optional.empty();
		}
		if (!blank(this.processorName)) {
			return Optional.of(this.processorName.trim());
		}
		return Optional.of((chosenProvider() == Provider.ANTHROPIC) ? "Anthropic" : host(this.openaiBaseUrl));
	}

	/** The model that reads, as its provider names it. */
	String model() {
		return switch (chosenProvider()) {
			case ANTHROPIC -> this.anthropicModel;
			case OPENAI -> this.openaiModel;
			case NONE -> "none";
		};
	}

	/**
	 * LangChain4j appends {@code messages} to its base URL, so that URL must end in the API version; operators give
	 * the host as Anthropic documents it ({@code https://api.anthropic.com}), with or without {@code /v1}.
	 */
	String anthropicApiUrl() {
		String url = this.anthropicBaseUrl.trim().replaceAll("/+$", "");
		return url.endsWith("/v1") ? url + "/" : url + "/v1/";
	}

	/** What a call cost in US dollars, from its token counts and the model's price. */
	double costUsd(long inputTokens, long outputTokens) {
		ModelPrice price = this.prices.getOrDefault(model(), new ModelPrice(0, 0));
		return (inputTokens * price.input() + outputTokens * price.output()) / 1_000_000;
	}

	private static Provider provider(String named, String anthropicApiKey) {
		if (blank(named)) {
			return blank(anthropicApiKey) ? Provider.NONE : Provider.ANTHROPIC;
		}
		try {
			return Provider.valueOf(named.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException(ContractVariable.LLM_PROVIDER, "must be anthropic, openai or none");
		}
	}

	private static String host(String url) {
		return URI.create(url.trim()).getHost();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static void requireHttpUrl(ContractVariable variable, String url) {
		if (blank(url)) {
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
