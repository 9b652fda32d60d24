package io.recruitbot.conversation.llm;

import java.util.regex.Pattern;

/**
 * What never leaves the service, masked out of every text sent to a model: phone numbers, ids (UUIDs, long digit
 * runs such as WhatsApp message ids) and, in earlier turns, e-mail addresses. The current message keeps its e-mail
 * address: it is how a candidate gives theirs.
 */
final class ContextMasking {

	private static final Pattern UUID = Pattern.compile(
			"(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

	private static final Pattern PHONE = Pattern.compile("(?<![\\w@])\\+?\\d[\\d\\s().-]{6,}\\d(?![\\w@])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)*\\.[A-Za-z]{2,}");

	private ContextMasking() {
	}

	/** The candidate's current message: phone numbers and ids masked. */
	static String message(String text) {
		String masked = UUID.matcher(text).replaceAll("[id]");
		return PHONE.matcher(masked).replaceAll((match) -> digits(match.group()) >= 9 ? "[phone]" : match.group());
	}

	/** An earlier turn: e-mail addresses masked too. */
	static String turn(String text) {
		return EMAIL.matcher(message(text)).replaceAll("[e-mail]");
	}

	private static int digits(String text) {
		return (int) text.chars().filter(Character::isDigit).count();
	}

}
