package io.recruitbot.conversation.llm;

import java.time.Duration;

import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What the language model does and costs: calls by outcome ({@code recruitbot.llm.calls}), their latency
 * ({@code recruitbot.llm.latency}), tokens by direction ({@code recruitbot.llm.tokens}), the estimated bill in US
 * dollars ({@code recruitbot.llm.cost}) and per message ({@code recruitbot.llm.message.cost}), and the messages the
 * offline reader read instead, by reason ({@code recruitbot.llm.offline.readings}).
 */
@Component
class LlmMetrics {

	private final MeterRegistry registry;

	private final LlmSettings settings;

	private final Counter inputTokens;

	private final Counter outputTokens;

	private final Counter cost;

	private final DistributionSummary messageCost;

	private final Timer latency;

	LlmMetrics(MeterRegistry registry, LlmSettings settings) {
		this.registry = registry;
		this.settings = settings;
		this.inputTokens = tokens("input");
		this.outputTokens = tokens("output");
		this.cost = Counter.builder("recruitbot.llm.cost")
			.description("Estimated cost of language model calls")
			.baseUnit("usd")
			.register(registry);
		this.messageCost = DistributionSummary.builder("recruitbot.llm.message.cost")
			.description("Estimated cost of reading one message with the language model")
			.baseUnit("usd")
			.register(registry);
		this.latency = Timer.builder("recruitbot.llm.latency")
			.description("Time language model calls took, whatever their outcome")
			.register(registry);
	}

	/** A call to the model (or the decision not to make one) ended so. */
	void called(String outcome, Duration took) {
		Counter.builder("recruitbot.llm.calls")
			.description("Language model calls by outcome; circuit_open and rate_limited were not made")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
		if (!took.isZero()) {
			this.latency.record(took);
		}
	}

	/** The offline reader read a message the model did not, and why (no_consent, opted_out, handed_off, ...). */
	void readOffline(String reason) {
		Counter.builder("recruitbot.llm.offline.readings")
			.description("Messages the offline reader read instead of the language model, by reason")
			.tag("reason", reason)
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
		double usd = this.settings.costUsd(input, output);
		this.inputTokens.increment(input);
		this.outputTokens.increment(output);
		this.cost.increment(usd);
		this.messageCost.record(usd);
	}

	private Counter tokens(String direction) {
		return Counter.builder("recruitbot.llm.tokens")
			.description("Language model tokens")
			.baseUnit("tokens")
			.tag("direction", direction)
			.register(this.registry);
	}

}
