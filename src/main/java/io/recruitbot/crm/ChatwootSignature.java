package io.recruitbot.crm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Whether a Chatwoot delivery comes from our Chatwoot, as Chatwoot's {@code Webhooks::Trigger} signs it:
 * {@code X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "{X-Chatwoot-Timestamp}.{raw body}")>} with a timestamp
 * at most five minutes off, under any of the configured secrets; or the explicitly configured {@code ?token=}. A
 * refusal names the check that failed, so an operator can fix the right setting. Comparisons take constant time.
 */
final class ChatwootSignature {

	static final Duration TOLERANCE = Duration.ofSeconds(300);

	private static final String PREFIX = "sha256=";

	private ChatwootSignature() {
	}

	/** Accepted, or refused with the sentence that says which check failed. */
	record Verdict(boolean accepted, String refusal) {

		static final Verdict ACCEPTED = new Verdict(true, null);

		static Verdict refused(String why) {
			return new Verdict(false, why);
		}

	}

	static Verdict check(ChatwootWebhookSettings settings, String signature, String timestamp, String token,
			byte[] body, Instant now) {
		if (!settings.anyCheck()) {
			return settings.allowUnsigned() ? Verdict.ACCEPTED : Verdict.refused(
					"No Chatwoot webhook secret is configured: set CHATWOOT_WEBHOOK_SECRET (and the API inbox's or agent bot's secret).");
		}
		if (settings.hasToken() && token != null && equal(settings.chatwootToken(), token)) {
			return Verdict.ACCEPTED;
		}
		boolean signed = signature != null && !signature.isBlank();
		if (!signed) {
			if (token != null) {
				return Verdict.refused(settings.hasToken() ? "The ?token= does not match CHATWOOT_WEBHOOK_TOKEN."
						: "?token= is not accepted unless CHATWOOT_WEBHOOK_TOKEN is set; Chatwoot 4.11.2 and later sign their webhooks.");
			}
			return Verdict.refused(settings.hasToken()
					? "Neither an X-Chatwoot-Signature header nor a ?token= came with the delivery."
					: "The X-Chatwoot-Signature header is missing (Chatwoot signs from 4.11.2; for older versions set CHATWOOT_WEBHOOK_TOKEN and add ?token= to the webhook URL).");
		}
		if (settings.signingSecrets().isEmpty()) {
			return Verdict.refused(
					"The delivery is signed but no signing secret is configured: set CHATWOOT_WEBHOOK_SECRET to the webhook's secret.");
		}
		if (timestamp == null || !timestamp.trim().matches("\\d{1,12}")) {
			return Verdict.refused("The X-Chatwoot-Timestamp header is missing or not a Unix time.");
		}
		Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
		if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
			return Verdict.refused("The X-Chatwoot-Timestamp is more than 300 s away from this server's clock.");
		}
		byte[] given = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		for (Map.Entry<String, String> secret : settings.signingSecrets().entrySet()) {
			byte[] expected = sign(secret.getValue(), timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, given)) {
				return Verdict.ACCEPTED;
			}
		}
		return Verdict.refused("The X-Chatwoot-Signature matches none of "
				+ String.join(", ", settings.signingSecrets().keySet()) + ".");
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

	private static boolean equal(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
