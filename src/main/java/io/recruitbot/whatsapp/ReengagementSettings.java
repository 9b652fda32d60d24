package io.recruitbot.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a silent candidate may be asked, with the re-engagement template, to write again (not part of the external
 * contract). Every template queued counts, whether it was delivered or failed: a template the provider keeps refusing
 * must not turn into a stream of sends.
 *
 * @param perDay templates to one candidate within any 24 hours
 * @param perSilence templates to one candidate since they last wrote, in all
 */
@ConfigurationProperties("recruitbot.whatsapp.reengagement")
record ReengagementSettings(@DefaultValue("1") int perDay, @DefaultValue("3") int perSilence) {

	ReengagementSettings {
		if (perDay < 1 || perSilence < 1) {
			throw new IllegalArgumentException(
					"recruitbot.whatsapp.reengagement: per-day and per-silence must be at least 1");
		}
	}

	static ReengagementSettings defaults() {
		return new ReengagementSettings(1, 3);
	}

}
