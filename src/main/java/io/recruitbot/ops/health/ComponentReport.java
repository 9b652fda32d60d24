package io.recruitbot.ops.health;

import java.util.Map;

/**
 * One component as the detailed health shows it. {@code status} is the Actuator status in lower case ({@code up},
 * {@code down}, ...) or {@code not_configured} when no module contributes the component.
 */
record ComponentReport(String status, String message, Long latencyMs, Map<String, Object> metadata) {

	static final String NOT_CONFIGURED = "not_configured";

	static final String UP = "up";

	static ComponentReport notConfigured() {
		return new ComponentReport(NOT_CONFIGURED, "not configured", null, Map.of());
	}

	static ComponentReport down(String message, Long latencyMs) {
		return new ComponentReport("down", message, latencyMs, Map.of());
	}

	boolean up() {
		return UP.equals(this.status);
	}

	boolean configured() {
		return !NOT_CONFIGURED.equals(this.status);
	}

}
