package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.recruitbot.whatsapp.OutboundMessage;

/**
 * One message the bot decided to write, kept in the state until it is in the outbox. WhatsApp's limits are applied
 * here, once: text up to 4,096 characters, with buttons a body up to 1,024, at most three buttons of up to 20
 * characters.
 */
record Reply(String text, List<String> buttons, String awaitingField) {

	static final int MAX_TEXT = 4096;

	static final int MAX_BUTTON_BODY = 1024;

	static final int MAX_BUTTONS = 3;

	static final int MAX_BUTTON_TITLE = 20;

	Reply {
		buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
		if (buttons.size() > MAX_BUTTONS) {
			throw new IllegalArgumentException("WhatsApp allows at most 3 reply buttons: " + buttons);
		}
		buttons.forEach((title) -> {
			if (title.isBlank() || title.length() > MAX_BUTTON_TITLE) {
				throw new IllegalArgumentException("A reply button title has 1-20 characters: '" + title + "'");
			}
		});
		text = shorten(text, buttons.isEmpty() ? MAX_TEXT : MAX_BUTTON_BODY);
	}

	static Reply text(String text) {
		return new Reply(text, List.of(), null);
	}

	static Reply asking(String text, String awaitingField, List<String> buttons) {
		return new Reply(text, buttons, awaitingField);
	}

	OutboundMessage toOutbound(UUID candidateId, String phone) {
		OutboundMessage.Content content = this.buttons.isEmpty() ? new OutboundMessage.Text(this.text)
				: new OutboundMessage.Buttons(this.text, this.buttons.stream()
					.map((title) -> new OutboundMessage.Button(buttonId(title), title))
					.toList());
		return new OutboundMessage(candidateId, phone, content, this.awaitingField);
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("text", this.text);
		map.put("buttons", new ArrayList<>(this.buttons));
		if (this.awaitingField != null) {
			map.put("awaitingField", this.awaitingField);
		}
		return map;
	}

	@SuppressWarnings("unchecked")
	static Reply fromMap(Map<String, Object> map) {
		return new Reply((String) map.get("text"), (List<String>) map.get("buttons"), (String) map.get("awaitingField"));
	}

	/** "Yes, that's fine" is answered as {@code yes-that-s-fine}; the reader reads the title, the id is for logs. */
	private static String buttonId(String title) {
		return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String shorten(String text, int limit) {
		return (text.length() <= limit) ? text : text.substring(0, limit - 1) + "…";
	}

}
