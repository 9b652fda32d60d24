package io.recruitbot.conversation.llm;

import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * What the language model costs: calls by outcome ({@code recruitbot.llm.calls}), tokens by direction
 * ({@code recruitbot.llm.tokens}) and the estimated bill in US dollars ({@code recruitbot.llm.cost}).
 */
@Component
class LlmMetrics {

	/** How a call to the model ended. */
	enum Outcome {

		SUCCESS, ERROR, TIMEOUT, INVALID_OUTPUT;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final MeterRegistry registry;

	private final LlmSettings settings;

	private final Counter inputTokens;

	private final Counter outputTokens;

	private final Counter cost;

	LlmMetrics(MeterRegistry registry, LlmSettings settings) {
		this.registry = registry;
		this.settings = settings;
		this.inputTokens = tokens("input");
		this.outputTokens = tokens("output");
		this.cost = Counter.builder("recruitbot.llm.cost")
			.description("Estimated cost of language model calls")
			.baseUnit("usd")
			.register(registry);
	}

	void called(Outcome outcome) {
		Counter.builder("recruitbot.llm.calls")
			.description("Language model calls")
			.tag("outcome", outcome.tag())
			.register(this.registry)
			.increment();
	}

	/** Tokens are billed whatever became of the answer, so they are counted for every call that returned usage. */
	void used(TokenUsage usage) {
		if (usage == null) {
			return;
		}
		long input = (usage.inputTokenCount() != null) ? usage.inputTokenCount() : 0;
		long output = (usage.outputTokenCount() != null) ? usage.outputTokenCount() : 0;
		this.inputTokens.increment(input);
		this.outputTokens.increment(output);
		this.cost.increment(this.settings.costUsd(input, output));
	}

	private Counter tokens(String direction) {
		return Counter.builder("recruitbot.llm.tokens")
			.description("Language model tokens")
			.baseUnit("tokens")
			.tag("direction", direction)
			.register(this.registry);
	}

}
