package io.recruitbot.ops;

import java.math.BigDecimal;
import java.time.Duration;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names Prometheus sees are the ones the README documents. */
class PlatformMetricsTests {

	private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

	private final PlatformMetrics metrics = new PlatformMetrics(this.registry);

	@Test
	void webhookOutcomesAreCountedPerProviderAndReason() {
		this.metrics.webhookReceived("meta");
		this.metrics.webhookReceived("meta");
		this.metrics.webhookDeduplicated("meta");
		this.metrics.webhookRejected("360dialog", "signature");

		assertThat(this.registry.scrape()).contains("recruitbot_webhooks_received_total{provider=\"meta\"} 2.0",
				"recruitbot_webhooks_deduplicated_total{provider=\"meta\"} 1.0",
				"recruitbot_webhooks_rejected_total{provider=\"360dialog\",reason=\"signature\"} 1.0");
	}

	@Test
	void languageModelCallsCountTokensAndCost() {
		this.metrics.llmCall("claude-sonnet-4", "ok", 1200, 300, new BigDecimal("0.0081"));

		assertThat(this.registry.scrape()).contains(
				"recruitbot_llm_calls_total{model=\"claude-sonnet-4\",outcome=\"ok\"} 1.0",
				"recruitbot_llm_tokens_total{direction=\"input\",model=\"claude-sonnet-4\"} 1200.0",
				"recruitbot_llm_tokens_total{direction=\"output\",model=\"claude-sonnet-4\"} 300.0",
				"recruitbot_llm_cost_usd_total{model=\"claude-sonnet-4\"} 0.0081");
	}

	@Test
	void deliveriesWorkflowStepsAndChatwootLagAreRecorded() {
		this.metrics.outboundSent("meta");
		this.metrics.outboundFailed("meta", "131047");
		this.metrics.workflowStep("extraction", "ok", Duration.ofMillis(120));
		this.metrics.chatwootSyncLag(Duration.ofMillis(800));

		assertThat(this.registry.scrape()).contains("recruitbot_outbound_sent_total{provider=\"meta\"} 1.0",
				"recruitbot_outbound_failed_total{error_code=\"131047\",provider=\"meta\"} 1.0",
				"recruitbot_workflow_step_seconds_count{outcome=\"ok\",step=\"extraction\"} 1",
				"recruitbot_chatwoot_sync_lag_seconds_count 1");
	}

}
