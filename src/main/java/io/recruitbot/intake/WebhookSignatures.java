package io.recruitbot.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides whether a webhook delivery really comes from its provider. Every comparison runs in constant time, over the
 * raw request bytes, so neither timing nor re-serialised JSON can be used to forge a delivery.
 */
@Component
class WebhookSignatures {

	private static final Logger log = LoggerFactory.getLogger(WebhookSignatures.class);

	private static final String SHA256_PREFIX = "sha256=";

	private static final String HMAC_SHA256 = "HmacSHA256";

	// looking a Mac up costs a provider search and a reflective instantiation: once per thread, not per delivery
	private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance(HMAC_SHA256);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	});

	private final WebhookSettings settings;

	/** Meta's app secrets, split once: the settings do not change while the service runs. */
	private final List<String> metaAppSecrets;

	WebhookSignatures(WebhookSettings settings) {
		this.settings = settings;
		this.metaAppSecrets = settings.metaAppSecrets();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenUnsignedDeliveriesAreAccepted() {
		if (this.settings.allowUnsigned()) {
			log.warn("ALLOW_UNSIGNED_WEBHOOKS=true: webhooks of providers without a configured secret are accepted "
					+ "unsigned. Use this for local development only.");
		}
	}

	/** Meta's {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, body)>}, any configured secret. */
	Verdict meta(byte[] body, String signatureHeader) {
		if (this.metaAppSecrets.isEmpty()) {
			return this.settings.allowUnsigned() ? Verdict.ACCEPTED : Verdict.NOT_CONFIGURED;
		}
		if (signatureHeader == null || signatureHeader.isBlank()) {
			return Verdict.MISSING_SIGNATURE;
		}
		byte[] presented = decode(signatureHeader);
		for (String secret : this.metaAppSecrets) {
			if (presented != null && MessageDigest.isEqual(presented, hmacSha256(secret, body))) {
				return Verdict.ACCEPTED;
			}
		}
		return Verdict.BAD_SIGNATURE;
	}

	/**
	 * 360dialog: the shared secret registered as the {@code X-Webhook-Secret} custom header and, when a partner secret
	 * is configured, the {@code x-360dialog-signature} HMAC of the body as well.
	 */
	Verdict dialog360(byte[] body, String secretHeader, String signatureHeader) {
		if (!this.settings.hasDialog360Secret() && !this.settings.hasDialog360PartnerSecret()) {
			return this.settings.allowUnsigned() ? Verdict.ACCEPTED : Verdict.NOT_CONFIGURED;
		}
		if (this.settings.hasDialog360Secret()) {
			if (secretHeader == null || secretHeader.isEmpty()) {
				return Verdict.MISSING_SIGNATURE;
			}
			if (!MessageDigest.isEqual(secretHeader.getBytes(StandardCharsets.UTF_8),
					this.settings.dialog360Secret().getBytes(StandardCharsets.UTF_8))) {
				return Verdict.BAD_SIGNATURE;
			}
		}
		if (this.settings.hasDialog360PartnerSecret()) {
			if (signatureHeader == null || signatureHeader.isBlank()) {
				return Verdict.MISSING_SIGNATURE;
			}
			byte[] presented = decode(signatureHeader);
			if (presented == null || !MessageDigest.isEqual(presented,
					hmacSha256(this.settings.dialog360PartnerSecret(), body))) {
				return Verdict.BAD_SIGNATURE;
			}
		}
		return Verdict.ACCEPTED;
	}

	static byte[] hmacSha256(String secret, byte[] body) {
		Mac mac = MACS.get();
		try {
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("An HMAC key made of bytes is always valid", ex);
		}
		return mac.doFinal(body);
	}

	/** A signature as hex (with or without {@code sha256=}) or base64; null when it is neither. */
	private static byte[] decode(String header) {
		String value = header.trim();
		if (value.toLowerCase(Locale.ROOT).startsWith(SHA256_PREFIX)) {
			value = value.substring(SHA256_PREFIX.length());
		}
		try {
			return (value.length() == 64) ? HexFormat.of().parseHex(value) : Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The outcome of a check; everything but {@link #ACCEPTED} is answered 401 and counted by its reason. */
	enum Verdict {

		ACCEPTED(null), NOT_CONFIGURED("not_configured"), MISSING_SIGNATURE("missing_signature"),
		BAD_SIGNATURE("bad_signature");

		private final String reason;

		Verdict(String reason) {
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

}
