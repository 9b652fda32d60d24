package io.recruitbot.whatsapp;

import java.time.Duration;
import java.util.Set;

/**
 * A send that did not go through. Retryable failures (the provider is down or throttling) are tried again later;
 * the others (a bad number, a rejected template) would fail the same way again.
 *
 * @see #code() the provider's error code (such as {@code 131047}), {@code http_<status>}, {@code network} or
 * {@code timeout}
 */
class DeliveryFailure extends RuntimeException {

	/** The customer-service window closed: only a template may be sent. */
	static final String WINDOW_CLOSED = "131047";

	// throttling codes Meta sometimes answers with HTTP 400: rate limits per app, per number and per pair
	private static final Set<String> THROTTLED = Set.of("4", "80007", "130429", "131048", "131056");

	private final String code;

	private final boolean retryable;

	private final Duration retryAfter;

	DeliveryFailure(String code, String message, boolean retryable, Duration retryAfter) {
		super(message);
		this.code = code;
		this.retryable = retryable;
		this.retryAfter = retryAfter;
	}

	static DeliveryFailure fromAnswer(int httpStatus, String providerCode, String message, Duration retryAfter) {
		String code = (providerCode != null && !providerCode.isBlank()) ? providerCode : "http_" + httpStatus;
		boolean retryable = httpStatus >= 500 || httpStatus == 429 || THROTTLED.contains(code);
		return new DeliveryFailure(code, "HTTP " + httpStatus + ": " + message, retryable, retryAfter);
	}

	/** No answer: {@code network} when the provider could not be reached, {@code timeout} when it did not answer. */
	static DeliveryFailure unreachable(String code, String message) {
		return new DeliveryFailure(code, message, true, null);
	}

	String code() {
		return this.code;
	}

	boolean retryable() {
		return this.retryable;
	}

	/** How long the provider asked us to wait ({@code Retry-After}), or null. */
	Duration retryAfter() {
		return this.retryAfter;
	}

	boolean windowClosed() {
		return WINDOW_CLOSED.equals(this.code);
	}

}
