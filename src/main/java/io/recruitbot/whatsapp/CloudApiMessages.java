package io.recruitbot.whatsapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.recruitbot.whatsapp.OutboundMessage.Buttons;
import io.recruitbot.whatsapp.OutboundMessage.Content;
import io.recruitbot.whatsapp.OutboundMessage.ListMenu;
import io.recruitbot.whatsapp.OutboundMessage.Row;
import io.recruitbot.whatsapp.OutboundMessage.Media;
import io.recruitbot.whatsapp.OutboundMessage.Template;
import io.recruitbot.whatsapp.OutboundMessage.Text;

/**
 * Request bodies of the WhatsApp Cloud API {@code /messages} endpoint, which Meta and 360dialog (v2) share. Content
 * is expected to be within {@link MessageLimits} already.
 */
final class CloudApiMessages {

	private CloudApiMessages() {
	}

	static Map<String, Object> body(String to, Content content) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messaging_product", "whatsapp");
		body.put("recipient_type", "individual");
		body.put("to", to);
		if (content instanceof Text text) {
			body.put("type", "text");
			body.put("text", Map.of("body", text.body()));
		}
		else if (content instanceof Buttons buttons) {
			body.put("type", "interactive");
			body.put("interactive", buttons(buttons));
		}
		else if (content instanceof ListMenu list) {
			body.put("type", "interactive");
			body.put("interactive", list(list));
		}
		else if (content instanceof Template template) {
			body.put("type", "template");
			body.put("template", template(template));
		}
		else if (content instanceof Media media) {
			body.put("type", media.kind());
			body.put(media.kind(), media(media));
		}
		return body;
	}

	/** A media object by link; audio takes no caption, a document shows its file name. */
	private static Map<String, Object> media(Media media) {
		Map<String, Object> fields = ordered("link", media.link());
		if (!"audio".equals(media.kind()) && media.caption() != null && !media.caption().isBlank()) {
			fields.put("caption", media.caption());
		}
		if ("document".equals(media.kind()) && media.fileName() != null) {
			fields.put("filename", media.fileName());
		}
		return fields;
	}

	private static Map<String, Object> buttons(Buttons buttons) {
		List<Map<String, Object>> replies = buttons.buttons()
			.stream()
			.<Map<String, Object>>map((button) -> ordered("type", "reply", "reply",
					ordered("id", button.id(), "title", button.title())))
			.toList();
		return ordered("type", "button", "body", Map.of("text", buttons.body()), "action", Map.of("buttons", replies));
	}

	private static Map<String, Object> list(ListMenu list) {
		List<Map<String, Object>> rows = list.rows().stream().map(CloudApiMessages::row).toList();
		Map<String, Object> action = ordered("button", list.buttonLabel(), "sections", List.of(Map.of("rows", rows)));
		return ordered("type", "list", "body", Map.of("text", list.body()), "action", action);
	}

	private static Map<String, Object> row(Row row) {
		Map<String, Object> fields = ordered("id", row.id(), "title", row.title());
		if (row.description() != null) {
			fields.put("description", row.description());
		}
		return fields;
	}

	private static Map<String, Object> template(Template template) {
		Map<String, Object> fields = ordered("name", template.name(), "language", Map.of("code", template.language()));
		if (!template.parameters().isEmpty()) {
			List<Map<String, Object>> parameters = template.parameters()
				.stream()
				.<Map<String, Object>>map((value) -> ordered("type", "text", "text", value))
				.toList();
			fields.put("components", List.of(ordered("type", "body", "parameters", parameters)));
		}
		return fields;
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
