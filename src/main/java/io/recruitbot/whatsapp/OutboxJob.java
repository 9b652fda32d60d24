package io.recruitbot.whatsapp;

import java.time.Instant;
import java.util.UUID;

import io.recruitbot.whatsapp.OutboundMessage.Content;
import tools.jackson.databind.json.JsonMapper;

/** A claimed delivery job: one outbound message, the attempt it is on, and when this relay claimed it. */
record OutboxJob(UUID id, UUID candidateId, String recipient, String kind, String payload, int attempts,
		Instant claimedAt) {

	Content content(JsonMapper json) {
		return json.readValue(this.payload, contentType(this.kind));
	}

	static Class<? extends Content> contentType(String kind) {
		return switch (kind) {
			case "text" -> OutboundMessage.Text.class;
			case "buttons" -> OutboundMessage.Buttons.class;
			case "list" -> OutboundMessage.ListMenu.class;
			case "template" -> OutboundMessage.Template.class;
			case "image", "document", "audio" -> OutboundMessage.Media.class;
			default -> throw new IllegalStateException("Unknown outbound message kind " + kind);
		};
	}

}
