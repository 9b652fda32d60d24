package io.recruitbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recruitbot.intake.ConversationEngine;
import io.recruitbot.intake.InboundMessage;
import io.recruitbot.intake.InboundType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A candidate writing to the engine from one phone number, and what the bot sent back (read from the outbox). */
final class Chat {

	private final ConversationEngine engine;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String phone;

	private final String profileName;

	Chat(ConversationEngine engine, JdbcClient jdbc, JsonMapper json, String phone, String profileName) {
		this.engine = engine;
		this.jdbc = jdbc;
		this.json = json;
		this.phone = phone;
		this.profileName = profileName;
	}

	/** Sends a text and returns the message as delivered, so a test can deliver it again. */
	InboundMessage says(String text) {
		return sends(InboundType.TEXT, text);
	}

	InboundMessage sends(InboundType type, String text) {
		InboundMessage message = new InboundMessage("wamid." + UUID.randomUUID(), this.phone, this.profileName,
				Instant.now(), type, text, null, null, null);
		this.engine.handle(message);
		return message;
	}

	void delivers(InboundMessage message) {
		this.engine.handle(message);
	}

	List<Sent> sent() {
		return this.jdbc.sql("select payload, awaiting_field from outbox_message where recipient = ? order by created_at")
			.param(this.phone)
			.query((row, n) -> sent(row.getString("payload"), row.getString("awaiting_field")))
			.list();
	}

	Sent last() {
		List<Sent> sent = sent();
		return sent.get(sent.size() - 1);
	}

	String phone() {
		return this.phone;
	}

	private Sent sent(String payload, String awaitingField) {
		JsonNode content = this.json.readTree(payload);
		List<String> buttons = content.has("buttons")
				? content.get("buttons").valueStream().map((button) -> button.get("title").asString()).toList()
				: List.of();
		return new Sent(content.get("body").asString(), buttons, awaitingField);
	}

	record Sent(String text, List<String> buttons, String awaitingField) {
	}

}
