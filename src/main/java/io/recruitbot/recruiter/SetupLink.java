package io.recruitbot.recruiter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The one-time token of {@code /setup?token=...}: made at start while no administrator exists, kept only in memory
 * (a restart makes a new one and the old link dies), and used up by the set-up that creates the administrator.
 */
@Component
class SetupLink {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AtomicReference<String> token = new AtomicReference<>();

	/** A fresh token, replacing any earlier one. */
	String issue() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.token.set(issued);
		return issued;
	}

	boolean isValid(String presented) {
		String current = this.token.get();
		return current != null && presented != null && MessageDigest.isEqual(
				current.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
	}

	/** Uses the token up; true for exactly one caller holding the valid token. */
	boolean useUp(String presented) {
		String current = this.token.get();
		return isValid(presented) && this.token.compareAndSet(current, null);
	}

	void withdraw() {
		this.token.set(null);
	}

}
