package io.recruitbot.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.whatsapp.OutboundMessage.Buttons;
import io.recruitbot.whatsapp.OutboundMessage.Content;
import io.recruitbot.whatsapp.OutboundMessage.ListMenu;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox read back as the simulator shows it: every message queued for a number, in the order it goes out. */
@Component
class SandboxOutbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SandboxOutbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Entry> to(String phone) {
		return this.jdbc.sql("""
				select id, recipient, kind, payload, awaiting_field, created_at from outbox_message
				where recipient = ? order by queue_order""")
			.param(phone)
			.query((row, n) -> entry(row.getObject("id", UUID.class), row.getString("recipient"), row.getString("kind"),
					row.getString("payload"), row.getString("awaiting_field"), SqlTimestamps.read(row, "created_at")))
			.list();
	}

	private Entry entry(UUID id, String to, String kind, String payload, String awaitingField, Instant at) {
		Content content = this.json.readValue(payload, OutboxJob.contentType(kind));
		List<String> buttons = null;
		List<MenuRow> rows = null;
		if (content instanceof Buttons withButtons) {
			buttons = withButtons.buttons().stream().map(OutboundMessage.Button::title).toList();
		}
		if (content instanceof ListMenu list) {
			rows = list.rows().stream().map((row) -> new MenuRow(row.id(), row.title(), row.description())).toList();
		}
		return new Entry(id, to, kind, content.body(), buttons, rows, awaitingField, at);
	}

	/** One outbound message; {@code rows} only for lists (the contract's fields plus that one). */
	record Entry(UUID id, String to, String type, String text, List<String> buttons,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<MenuRow> rows, String awaitingField, Instant at) {
	}

	record MenuRow(String id, String title, String description) {
	}

}
