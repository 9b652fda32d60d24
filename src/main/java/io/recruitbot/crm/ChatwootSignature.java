package io.recruitbot.crm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Whether a Chatwoot delivery comes from our Chatwoot: {@code X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret,
 * "{X-Chatwoot-Timestamp}.{raw body}")>} with a timestamp at most five minutes off, or, for Chatwoot versions that do
 * not sign, the secret itself as {@code ?token=}. Comparisons take constant time.
 */
final class ChatwootSignature {

	static final Duration TOLERANCE = Duration.ofSeconds(300);

	private static final String PREFIX = "sha256=";

	private ChatwootSignature() {
	}

	static boolean verify(String secret, String signature, String timestamp, String token, byte[] body, Instant now) {
		if (signature != null && !signature.isBlank()) {
			return signed(secret, signature.trim(), timestamp, body, now);
		}
		return token != null && equal(secret.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
	}

	static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static boolean signed(String secret, String signature, String timestamp, byte[] body, Instant now) {
		if (timestamp == null || !timestamp.trim().matches("\\d{1,12}")) {
			return false;
		}
		Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
		if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
			return false;
		}
		String expected = sign(secret, timestamp.trim(), body);
		return equal(expected.getBytes(StandardCharsets.US_ASCII),
				signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean equal(byte[] expected, byte[] given) {
		return MessageDigest.isEqual(expected, given);
	}

}
