package io.recruitbot.ops.logging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of a log line: phone numbers keep their last two digits; WhatsApp message ids
 * ({@code wamid.} + base64 of the sender's number) and other base64 that decodes to a phone number, e-mail addresses,
 * credentials in URLs and the row values PostgreSQL quotes in its errors disappear; quoted message text
 * ({@code text="..."}, {@code "body": "..."}) keeps only its length.
 */
public final class Masking {

	private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s:]+:[^/@\\s]+@");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	// 8 to 15 digits, optionally after + and with single spaces: E.164 and the ways people type it; dates and ids
	// with dashes, dots or letters around them are left alone
	private static final Pattern PHONE = Pattern.compile("(?<![\\w.:/-])\\+?\\d(?: ?\\d){7,14}(?![\\w.:/-])");

	private static final Pattern MESSAGE_TEXT = Pattern
		.compile("(?i)(\"?\\b(?:text|body|caption)\"?\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')");

	// Meta's message ids: "wamid." and base64 whose first bytes are the sender's number, whatever else follows
	private static final Pattern WHATSAPP_MESSAGE_ID = Pattern.compile("(?i)\\bwamid\\.[A-Za-z0-9+/_=-]+");

	// a run long enough to hold an encoded phone number (8 digits take 11 characters)
	private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{12,}={0,2}");

	private static final Pattern DIGIT_RUN = Pattern.compile("\\d{8,15}");

	// PostgreSQL's "Failing row contains (...)" and "Key (phone)=(...)": column values, names and texts among them
	private static final Pattern DATABASE_VALUES = Pattern.compile("(Failing row contains |Key \\([^)]*\\)=)\\(.*\\)");

	private Masking() {
	}

	public static String mask(String line) {
		if (line == null || line.isEmpty()) {
			return line;
		}
		String masked = URL_CREDENTIALS.matcher(line).replaceAll("$1***@");
		masked = DATABASE_VALUES.matcher(masked).replaceAll("$1(***)");
		masked = replace(MESSAGE_TEXT.matcher(masked), (matcher) -> {
			String quoted = matcher.group(2);
			char quote = quoted.charAt(0);
			return matcher.group(1) + quote + "[" + (quoted.length() - 2) + " chars]" + quote;
		});
		masked = EMAIL.matcher(masked).replaceAll("[email]");
		masked = WHATSAPP_MESSAGE_ID.matcher(masked).replaceAll("wamid.***");
		masked = replace(BASE64.matcher(masked), (matcher) -> decodesToAPhoneNumber(matcher.group()) ? "***" : matcher.group());
		return replace(PHONE.matcher(masked), (matcher) -> {
			String digits = matcher.group().replaceAll("\\D", "");
			return "***" + digits.substring(digits.length() - 2);
		});
	}

	/** Whether {@code run}, read as (URL-safe or plain) base64, holds a run of digits as long as a phone number. */
	static boolean decodesToAPhoneNumber(String run) {
		String plain = run.replace('-', '+').replace('_', '/').replace("=", "");
		try {
			byte[] decoded = Base64.getDecoder().decode(plain.substring(0, plain.length() - plain.length() % 4));
			return DIGIT_RUN.matcher(new String(decoded, StandardCharsets.ISO_8859_1)).find();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement.apply(matcher)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
