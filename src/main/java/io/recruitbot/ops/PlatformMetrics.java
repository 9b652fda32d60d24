package io.recruitbot.ops;

import java.math.BigDecimal;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The platform's own metrics, in the recruiter's terms, so that every module records them under the same names and
 * tags (each is listed in the README). Prometheus sees them at {@code /metrics} as {@code recruitbot_*}. Tag values
 * are low-cardinality words (provider, reason, step, model, error code), never a phone number or a message id.
 */
@Component
public class PlatformMetrics {

	private final MeterRegistry registry;

	PlatformMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** A webhook delivery arrived and was stored ({@code provider}: {@code meta}, {@code 360dialog}, {@code chatwoot}). */
	public void webhookReceived(String provider) {
		counter("recruitbot.webhooks.received", "Webhook deliveries stored", "provider", provider).increment();
	}

	/** A delivery repeated one already stored and was answered without processing it again. */
	public void webhookDeduplicated(String provider) {
		counter("recruitbot.webhooks.deduplicated", "Repeated webhook deliveries", "provider", provider).increment();
	}

	/** A delivery was refused ({@code reason}: {@code signature}, {@code malformed}, {@code too_large}, ...). */
	public void webhookRejected(String provider, String reason) {
		counter("recruitbot.webhooks.rejected", "Webhook deliveries refused", "provider", provider, "reason", reason)
			.increment();
	}

	/** One step of the screening workflow ran ({@code outcome}: {@code ok} or {@code error}). */
	public void workflowStep(String step, String outcome, Duration took) {
		Timer.builder("recruitbot.workflow.step")
			.description("Time per screening workflow step")
			.tags("step", step, "outcome", outcome)
			.publishPercentileHistogram()
			.register(this.registry)
			.record(took);
	}

	/** A language model was called ({@code outcome}: {@code ok}, {@code error}, {@code timeout}). */
	public void llmCall(String model, String outcome, long inputTokens, long outputTokens, BigDecimal costUsd) {
		counter("recruitbot.llm.calls", "Language model calls", "model", model, "outcome", outcome).increment();
		counter("recruitbot.llm.tokens", "Language model tokens", "model", model, "direction", "input")
			.increment(inputTokens);
		counter("recruitbot.llm.tokens", "Language model tokens", "model", model, "direction", "output")
			.increment(outputTokens);
		Counter.builder("recruitbot.llm.cost")
			.baseUnit("usd")
			.description("Estimated language model cost")
			.tag("model", model)
			.register(this.registry)
			.increment(costUsd.doubleValue());
	}

	/** An outbound WhatsApp message was accepted by the provider. */
	public void outboundSent(String provider) {
		counter("recruitbot.outbound.sent", "Outbound messages accepted by the provider", "provider", provider)
			.increment();
	}

	/** An outbound message failed ({@code errorCode}: the provider's code, e.g. {@code 131047}, or {@code network}). */
	public void outboundFailed(String provider, String errorCode) {
		counter("recruitbot.outbound.failed", "Outbound messages that failed", "provider", provider, "error_code",
				errorCode)
			.increment();
	}

	/** How long after the platform's own write a change reached Chatwoot. */
	public void chatwootSyncLag(Duration lag) {
		Timer.builder("recruitbot.chatwoot.sync.lag")
			.description("Delay between a change and its arrival in Chatwoot")
			.publishPercentileHistogram()
			.register(this.registry)
			.record(lag);
	}

	private Counter counter(String name, String description, String... tags) {
		return Counter.builder(name).description(description).tags(tags).register(this.registry);
	}

}
