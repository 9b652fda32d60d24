package io.recruitbot.whatsapp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.recruitbot.whatsapp.OutboundMessage.Button;
import io.recruitbot.whatsapp.OutboundMessage.Buttons;
import io.recruitbot.whatsapp.OutboundMessage.Content;
import io.recruitbot.whatsapp.OutboundMessage.ListMenu;
import io.recruitbot.whatsapp.OutboundMessage.Row;
import io.recruitbot.whatsapp.OutboundMessage.Text;

/**
 * WhatsApp's limits on what one message may carry, applied before anything is queued: the provider would reject the
 * whole message (HTTP 400, no retry) for one title that is a character too long. Long text becomes several messages,
 * long titles are shortened, and a question with more than three answers becomes a list.
 */
final class MessageLimits {

	static final int TEXT_BODY = 4096;

	static final int INTERACTIVE_BODY = 1024;

	static final int BUTTONS = 3;

	static final int BUTTON_TITLE = 20;

	static final int ROWS = 10;

	static final int ROW_TITLE = 24;

	static final int ROW_DESCRIPTION = 72;

	static final int LIST_BUTTON_LABEL = 20;

	static final int ID = 200;

	private MessageLimits() {
	}

	/** The messages, in order, that carry this content within the limits. */
	static List<Content> fit(Content content) {
		if (content instanceof Text text) {
			return split(text.body(), TEXT_BODY).stream().<Content>map(Text::new).toList();
		}
		if (content instanceof Buttons buttons) {
			return (buttons.buttons().size() > BUTTONS) ? fitList(asList(buttons)) : fitButtons(buttons);
		}
		if (content instanceof ListMenu list) {
			return fitList(list);
		}
		return List.of(content);
	}

	/**
	 * Cuts text into parts of at most {@code limit} characters, preferring the end of a paragraph or sentence in the
	 * second half of a part, then a space, and only as a last resort the middle of a word.
	 */
	static List<String> split(String text, int limit) {
		List<String> parts = new ArrayList<>();
		String rest = (text != null) ? text.strip() : "";
		while (rest.length() > limit) {
			int cut = cutPoint(rest, limit);
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty() || parts.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

	/** At most {@code limit} characters, ending in an ellipsis when something was cut (never half a character). */
	static String shorten(String text, int limit) {
		String value = (text != null) ? text.strip() : "";
		if (value.length() <= limit) {
			return value;
		}
		int end = limit - 1;
		if (Character.isLowSurrogate(value.charAt(end)) && end > 0) {
			end--;
		}
		return value.substring(0, end).stripTrailing() + "…";
	}

	private static int cutPoint(String text, int limit) {
		int paragraph = text.lastIndexOf('\n', limit);
		if (paragraph >= limit / 2) {
			return paragraph + 1;
		}
		for (int i = limit - 1; i >= limit / 2; i--) {
			if (isSentenceEnd(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1))) {
				return i + 1;
			}
		}
		for (int i = limit; i > 0; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
	}

	private static boolean isSentenceEnd(char c) {
		return c == '.' || c == '!' || c == '?' || c == '…';
	}

	private static List<Content> fitButtons(Buttons buttons) {
		List<Content> messages = leadingText(buttons.body());
		UniqueTitles titles = new UniqueTitles(BUTTON_TITLE);
		List<Button> fitted = new ArrayList<>();
		for (Button button : buttons.buttons()) {
			fitted.add(new Button(shorten(button.id(), ID), titles.next(button.title(), fitted.size() + 1)));
		}
		messages.add(new Buttons(lastPart(buttons.body()), fitted));
		return messages;
	}

	private static List<Content> fitList(ListMenu list) {
		List<Content> messages = leadingText(list.body());
		UniqueTitles titles = new UniqueTitles(ROW_TITLE);
		List<Row> rows = new ArrayList<>();
		for (Row row : list.rows().subList(0, Math.min(ROWS, list.rows().size()))) {
			String description = (row.description() != null && !row.description().isBlank())
					? shorten(row.description(), ROW_DESCRIPTION) : null;
			rows.add(new Row(shorten(row.id(), ID), titles.next(row.title(), rows.size() + 1), description));
		}
		String label = shorten(list.buttonLabel(), LIST_BUTTON_LABEL);
		messages.add(new ListMenu(lastPart(list.body()), label.isEmpty() ? "Choose" : label, rows));
		return messages;
	}

	private static ListMenu asList(Buttons buttons) {
		List<Row> rows = buttons.buttons().stream().map((button) -> new Row(button.id(), button.title(), null)).toList();
		return new ListMenu(buttons.body(), "Choose", rows);
	}

	/** An interactive body holds 1,024 characters; what does not fit goes ahead as plain text. */
	private static List<Content> leadingText(String body) {
		List<String> parts = split(body, INTERACTIVE_BODY);
		List<Content> messages = new ArrayList<>();
		for (String part : parts.subList(0, parts.size() - 1)) {
			messages.add(new Text(part));
		}
		return messages;
	}

	private static String lastPart(String body) {
		List<String> parts = split(body, INTERACTIVE_BODY);
		return parts.get(parts.size() - 1);
	}

	/** WhatsApp refuses two buttons or rows with the same title, which shortening can produce. */
	private static final class UniqueTitles {

		private final int limit;

		private final Set<String> seen = new HashSet<>();

		UniqueTitles(int limit) {
			this.limit = limit;
		}

		String next(String title, int position) {
			String candidate = shorten(title, this.limit);
			if (candidate.isEmpty()) {
				candidate = "Option " + position;
			}
			if (!this.seen.add(candidate)) {
				String suffix = " " + position;
				candidate = shorten(candidate, this.limit - suffix.length()) + suffix;
				this.seen.add(candidate);
			}
			return candidate;
		}

	}

}
