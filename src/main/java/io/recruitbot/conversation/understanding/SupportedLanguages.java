package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the bot, the one list of them: {@code understanding/supported-languages.txt} (one ISO 639-1 code a
 * line). Each is read (its folder {@code understanding/<code>/} with {@code words.txt}, {@code phrases.txt} and
 * {@code numbers.txt}) and spoken (its message catalogue {@code messages_<code>.properties}; English's is
 * {@code messages.properties}); a test fails when a language has one without the other. Adding a language is adding
 * a line and files, no code.
 */
public final class SupportedLanguages {

	private static final List<String> CODES = ResourceLines.read("/understanding/supported-languages.txt")
		.stream()
		.map((line) -> line.split("[\\s|#]+", 2)[0].strip())
		.filter((code) -> !code.isEmpty())
		.toList();

	private SupportedLanguages() {
	}

	/** The ISO codes, in the order of the registry file. */
	public static List<String> codes() {
		return CODES;
	}

	/** Whether the bot reads and speaks the language of this ISO code. */
	public static boolean speaks(String code) {
		return code != null && CODES.contains(code.toLowerCase(Locale.ROOT));
	}

	/** A file of one language's folder, e.g. {@code /understanding/nl/phrases.txt}. */
	static String file(String code, String name) {
		return "/understanding/" + code + "/" + name;
	}

}
