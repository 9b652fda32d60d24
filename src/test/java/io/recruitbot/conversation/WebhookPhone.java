package io.recruitbot.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A candidate's phone as WhatsApp is: every message is a signed Meta Cloud API webhook delivery, handled by the
 * inbox workers; the bot's answers are read from the sandbox outbox once the inbox has processed the message.
 */
final class WebhookPhone implements PersonaHarness.CandidatePhone {

	static final String APP_SECRET = "persona-test-app-secret";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final MockMvc mvc;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final AtomicLong clock = new AtomicLong(Instant.now().getEpochSecond());

	private final Map<String, Integer> seen = new ConcurrentHashMap<>();

	WebhookPhone(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
	}

	@Override
	public List<Chat.Sent> send(String waId, String profileName, String text) {
		String id = "wamid.persona-" + UUID.randomUUID();
		byte[] body = delivery(id, waId, (profileName != null) ? profileName : "Candidate", text);
		try {
			this.mvc.perform(post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON)
				.header("X-Hub-Signature-256", signature(body))
				.content(body)).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		await().atMost(PATIENCE).until(() -> processed(id));
		List<Chat.Sent> all = SandboxOutbox.to(this.mvc, this.json, waId);
		int before = this.seen.getOrDefault(waId, 0);
		this.seen.put(waId, all.size());
		return all.subList(Math.min(before, all.size()), all.size());
	}

	/** Done, or gone: erasing a candidate deletes their inbox rows too (the row existed: the webhook answered 200). */
	private boolean processed(String id) {
		String state = this.jdbc.sql("select state from inbox_message where provider_message_id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse("DONE");
		if (state.equals("DEAD")) {
			throw new IllegalStateException("Message " + id + " was dead-lettered");
		}
		return state.equals("DONE");
	}

	private byte[] delivery(String id, String waId, String profileName, String text) {
		Map<String, Object> message = Map.of("from", waId, "id", id, "timestamp",
				String.valueOf(this.clock.incrementAndGet()), "type", "text", "text", Map.of("body", text));
		Map<String, Object> value = Map.of("messaging_product", "whatsapp", "metadata",
				Map.of("display_phone_number", "31850000000", "phone_number_id", "106540352242922"), "contacts",
				List.of(Map.of("profile", Map.of("name", profileName), "wa_id", waId)), "messages", List.of(message));
		Map<String, Object> payload = Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of("id",
				"102290129340398", "changes", List.of(Map.of("value", value, "field", "messages")))));
		return this.json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
	}

	private static String signature(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
