package io.recruitbot.ops.logging;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of a log line: phone numbers keep their last two digits, e-mail addresses and credentials in
 * URLs disappear, and quoted message text ({@code text="..."}, {@code "body": "..."}) keeps only its length.
 */
public final class Masking {

	private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s:]+:[^/@\\s]+@");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	// 8 to 15 digits, optionally after + and with single spaces: E.164 and the ways people type it; dates and ids
	// with dashes, dots or letters around them are left alone
	private static final Pattern PHONE = Pattern.compile("(?<![\\w.:/-])\\+?\\d(?: ?\\d){7,14}(?![\\w.:/-])");

	private static final Pattern MESSAGE_TEXT = Pattern
		.compile("(?i)(\"?\\b(?:text|body|caption)\"?\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')");

	private Masking() {
	}

	public static String mask(String line) {
		if (line == null || line.isEmpty()) {
			return line;
		}
		String masked = URL_CREDENTIALS.matcher(line).replaceAll("$1***@");
		masked = replace(MESSAGE_TEXT.matcher(masked), (matcher) -> {
			String quoted = matcher.group(2);
			char quote = quoted.charAt(0);
			return matcher.group(1) + quote + "[" + (quoted.length() - 2) + " chars]" + quote;
		});
		masked = EMAIL.matcher(masked).replaceAll("[email]");
		return replace(PHONE.matcher(masked), (matcher) -> {
			String digits = matcher.group().replaceAll("\\D", "");
			return "***" + digits.substring(digits.length() - 2);
		});
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
