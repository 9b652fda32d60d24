package io.recruitbot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The language a phone number's country most likely writes in ({@code calling-codes.txt}): the bot's first guess for
 * a first message that shows no language of its own ("hey"), instead of English for everyone.
 */
final class CallingCodes {

	private final Map<String, String> languageByCode;

	private CallingCodes(Map<String, String> languageByCode) {
		this.languageByCode = languageByCode;
	}

	static CallingCodes load() {
		try (InputStream in = CallingCodes.class.getResourceAsStream("/calling-codes.txt")) {
			if (in == null) {
				return new CallingCodes(Map.of());
			}
			Map<String, String> codes = new LinkedHashMap<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.split("\\s+"))
				.filter((parts) -> parts.length == 2)
				.forEach((parts) -> codes.put(parts[0], parts[1]));
			return new CallingCodes(Map.copyOf(codes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("calling-codes.txt cannot be read", ex);
		}
	}

	/** The language of the longest calling code the number (digits, as WhatsApp's wa_id) starts with. */
	Optional<String> languageOf(String phone) {
		if (phone == null) {
			return Optional.empty();
		}
		return this.languageByCode.entrySet()
			.stream()
			.filter((entry) -> phone.startsWith(entry.getKey()))
			.max(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()))
			.map(Map.Entry::getValue);
	}

}
