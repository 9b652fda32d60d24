package io.recruitbot.conversation.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.recruitbot.conversation.understanding.Cities;
import tools.jackson.databind.JsonNode;

/**
 * A model's values checked as a typed form would check them: the right JSON type, a length well within the
 * {@code candidate} table's column (name 200, city 120, role 200, availability 300, salary 200, languages 500), numbers
 * in range, an e-mail address of the right shape that the message itself contains, a place as the gazetteer names it
 * or place-shaped text, and no links, markup or line breaks in any text. Each check answers null for a value that
 * fails, so the caller uses the offline reading for that field.
 */
final class FormFields {

	private static final Pattern LINK_OR_MARKUP = Pattern.compile(
			"(?i)(https?:|www\\.|\\b[a-z0-9-]+\\.(com|net|org|io|ly|me|nl|de|pl|ru|xyz|info|link)\\b|[<>{}\\[\\]`|\\\\@])");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");

	private static final Pattern NAME_OR_PLACE = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’-]*");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}");

	private static final Pattern LANGUAGE = Pattern.compile("\\p{L}[\\p{L} -]{1,29}");

	private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

	private FormFields() {
	}

	/** Free text the candidate said (a role, availability, a salary), at most so many characters and words. */
	static String text(JsonNode value, int maxChars, int maxWords) {
		if (value == null || !value.isString()) {
			return null;
		}
		String text = value.stringValue().strip();
		if (text.isEmpty() || text.length() > maxChars || text.split("\\s+").length > maxWords
				|| CONTROL.matcher(text).find() || LINK_OR_MARKUP.matcher(text).find()) {
			return null;
		}
		return text;
	}

	static String name(JsonNode value) {
		String name = text(value, 100, 6);
		return (name != null && NAME_OR_PLACE.matcher(name).matches()) ? name : null;
	}

	static String city(JsonNode value, Cities cities) {
		String place = text(value, 80, 5);
		if (place == null || !NAME_OR_PLACE.matcher(place).matches()) {
			return null;
		}
		return cities.canonical(place);
	}

	/** An address of the right shape that the candidate wrote in this very message: a model cannot invent one. */
	static String email(JsonNode value, String message) {
		if (value == null || !value.isString()) {
			return null;
		}
		String email = value.stringValue().strip();
		boolean written = message.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT));
		return (email.length() <= 254 && EMAIL.matcher(email).matches() && written) ? email : null;
	}

	static Double number(JsonNode value, double min, double max) {
		if (value == null || !value.isNumber() || Double.isNaN(value.doubleValue())) {
			return null;
		}
		double number = value.doubleValue();
		return (number >= min && number <= max) ? number : null;
	}

	static Integer wholeNumber(JsonNode value, int min, int max) {
		Double number = number(value, min, max);
		return (number != null && number == Math.rint(number)) ? number.intValue() : null;
	}

	static Boolean yesOrNo(JsonNode value) {
		return (value != null && value.isBoolean()) ? value.booleanValue() : null;
	}

	/** Up to eight language names, each a word or two, together within the column's 500 characters. */
	static List<String> languages(JsonNode value) {
		if (value == null || !value.isArray() || value.size() == 0 || value.size() > 8) {
			return null;
		}
		List<String> languages = new ArrayList<>();
		for (JsonNode language : value.values()) {
			String named = text(language, 30, 3);
			if (named == null || !LANGUAGE.matcher(named).matches()) {
				return null;
			}
			languages.add(named);
		}
		return languages;
	}

	/** An ISO 639-1 code such as {@code nl}. */
	static String languageCode(JsonNode value) {
		if (value == null || !value.isString()) {
			return null;
		}
		String code = value.stringValue().strip().toLowerCase(Locale.ROOT);
		return (code.length() == 2 && LANGUAGE_CODES.contains(code)) ? code : null;
	}

	static <E extends Enum<E>> E oneOf(JsonNode value, Class<E> type) {
		if (value == null || !value.isString()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.stringValue().strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
