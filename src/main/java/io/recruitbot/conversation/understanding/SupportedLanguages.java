package io.recruitbot.conversation.understanding;

import java.util.List;

/**
 * The languages understanding reads, from {@code understanding/supported-languages.txt} (one ISO 639-1 code a line).
 * Each has its own folder {@code understanding/<code>/} with {@code words.txt}, {@code phrases.txt} and
 * {@code numbers.txt}: adding a language is adding a line and a folder, no code.
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

	/** A file of one language's folder, e.g. {@code /understanding/nl/phrases.txt}. */
	static String file(String code, String name) {
		return "/understanding/" + code + "/" + name;
	}

}
