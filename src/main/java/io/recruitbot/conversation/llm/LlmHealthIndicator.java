package io.recruitbot.conversation.llm;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Which reader understands candidates: a language model (its provider and model) or the offline reader alone; DEGRADED
 * with the reason while the model is kept away (the offline reader answers meanwhile). No call to the model: a health
 * probe must not cost tokens.
 */
@Component("llm")
class LlmHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "The language model is kept away; the offline reader reads");

	private final LlmSettings settings;

	private final ObjectProvider<ModelGuard> guard;

	LlmHealthIndicator(LlmSettings settings, ObjectProvider<ModelGuard> guard) {
		this.settings = settings;
		this.guard = guard;
	}

	@Override
	public Health health() {
		ModelGuard modelGuard = this.guard.getIfAvailable();
		if (!this.settings.modelConfigured() || modelGuard == null) {
			return Health.up().withDetail("mode", "offline").build();
		}
		Optional<String> keptAway = modelGuard.keptAway();
		Health.Builder health = keptAway.isPresent() ? Health.status(DEGRADED) : Health.up();
		keptAway.ifPresent((reason) -> health.withDetail("reason", reason));
		if (keptAway.isPresent() && modelGuard.openUntil().isAfter(java.time.Instant.EPOCH)) {
			health.withDetail("until", modelGuard.openUntil().toString());
		}
		return health.withDetail("mode", this.settings.chosenProvider().name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("model", this.settings.model())
			.withDetail("circuit", modelGuard.state().name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("fallback", "offline")
			.build();
	}

}
