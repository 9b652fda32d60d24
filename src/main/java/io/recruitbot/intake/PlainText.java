package io.recruitbot.intake;

/**
 * Text as candidates type it: without control characters other than newline and tab. PostgreSQL refuses NUL in text,
 * and the others (each stored as a six-character JSON escape) can push a payload past what the inbox holds. Nobody
 * types them, so they are dropped rather than refused.
 */
final class PlainText {

	private PlainText() {
	}

	static String clean(String value) {
		if (value == null || value.chars().noneMatch(PlainText::unwanted)) {
			return value;
		}
		StringBuilder cleaned = new StringBuilder(value.length());
		value.chars().filter((c) -> !unwanted(c)).forEach((c) -> cleaned.append((char) c));
		return cleaned.toString();
	}

	private static boolean unwanted(int c) {
		return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f;
	}

}
