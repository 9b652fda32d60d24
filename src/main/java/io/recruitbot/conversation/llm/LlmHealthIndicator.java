package io.recruitbot.conversation.llm;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Which reader understands candidates: Claude (with its model) or the offline reader. No call to Anthropic: a health
 * probe must not cost tokens, and the offline fallback keeps the service working while Claude is away.
 */
@Component("llm")
class LlmHealthIndicator implements HealthIndicator {

	private final LlmSettings settings;

	LlmHealthIndicator(LlmSettings settings) {
		this.settings = settings;
	}

	@Override
	public Health health() {
		if (this.settings.claudeConfigured()) {
			return Health.up()
				.withDetail("mode", "claude")
				.withDetail("model", this.settings.anthropicModel())
				.withDetail("fallback", "offline")
				.build();
		}
		return Health.up().withDetail("mode", "offline").build();
	}

}
