package io.recruitbot.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Real-format webhook payloads (from {@code src/test/resources/webhooks}) and deliveries made to measure, signed. */
final class WebhookFixtures {

	static final String META_SECRET = "meta-app-secret-current";

	static final String PREVIOUS_META_SECRET = "meta-app-secret-previous";

	static final String DIALOG360_SECRET = "dialog360-shared-secret";

	static final String VERIFY_TOKEN = "verify-token-for-tests";

	private WebhookFixtures() {
	}

	static byte[] fixture(String name) {
		try (InputStream in = WebhookFixtures.class.getResourceAsStream("/webhooks/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("No webhook fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code sha256=<hex>} as Meta puts it in {@code X-Hub-Signature-256}. */
	static String signature(String secret, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(secret, body));
	}

	/** A Meta delivery of one text message. */
	static byte[] text(String id, String phone, long timestamp, String body) {
		return ("""
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{\
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"31850000000","phone_number_id":"1"},\
				"contacts":[{"profile":{"name":"Test"},"wa_id":"%s"}],"messages":[{"from":"%s","id":"%s",\
				"timestamp":"%d","type":"text","text":{"body":"%s"}}]},"field":"messages"}]}]}"""
			.formatted(phone, phone, id, timestamp, body)).getBytes(StandardCharsets.UTF_8);
	}

}
