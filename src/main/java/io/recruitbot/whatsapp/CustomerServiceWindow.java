package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.recruitbot.candidate.Transcript;

import org.springframework.stereotype.Component;

/**
 * WhatsApp's 24-hour customer-service window: free-form messages are only allowed within 24 hours of the
 * candidate's last message; after that only a pre-approved template. Derived from the transcript, so there is no
 * state to keep in step.
 */
@Component
class CustomerServiceWindow {

	static final Duration LENGTH = Duration.ofHours(24);

	private final Transcript transcript;

	private final Clock clock;

	CustomerServiceWindow(Transcript transcript, Clock clock) {
		this.transcript = transcript;
		this.clock = clock;
	}

	boolean isOpen(String phone) {
		Instant last = lastInbound(phone);
		return last != null && last.isAfter(this.clock.instant().minus(LENGTH));
	}

	/** When the candidate with this number last wrote; null when never (or not a candidate). */
	Instant lastInbound(String phone) {
		return this.transcript.lastInboundAt(phone).orElse(null);
	}

}
