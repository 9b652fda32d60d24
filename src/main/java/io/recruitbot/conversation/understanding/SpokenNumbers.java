package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as candidates write them: digits ("4", "2.5", "1,5"), English and Dutch words ("five", "twenty-four",
 * "vier", "vierentwintig") and "a"/"an"/"half" before a unit ("a year", "half a year").
 */
final class SpokenNumbers {

	/** A number and where it ends in the lower-case text, so the unit after it can be read. */
	record SpokenNumber(double value, int start, int end) {
	}

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("nul", 0), Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3),
			Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8),
			Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12),
			Map.entry("dertien", 13), Map.entry("veertien", 14), Map.entry("vijftien", 15), Map.entry("zestien", 16),
			Map.entry("zeventien", 17), Map.entry("achttien", 18), Map.entry("negentien", 19), Map.entry("twintig", 20),
			Map.entry("dertig", 30), Map.entry("veertig", 40), Map.entry("vijftig", 50), Map.entry("zestig", 60),
			Map.entry("a couple of", 2), Map.entry("a couple", 2), Map.entry("couple of", 2), Map.entry("a few", 3),
			Map.entry("several", 3), Map.entry("half a", 0), Map.entry("a", 1), Map.entry("an", 1));

	private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty";

	private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)?)(?![\\d])"
			+ "|\\b(?:(" + TENS + ")[- ]?(" + UNITS + ")" // twenty-four
			+ "|(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig)" // vierentwintig
			+ "|(half a|a couple of|a couple|couple of|a few|several|" + String.join("|", wordAlternatives()) + "))\\b");

	private SpokenNumbers() {
	}

	private static List<String> wordAlternatives() {
		return WORDS.keySet().stream().filter((word) -> !word.contains(" ")).sorted((a, b) -> b.length() - a.length()).toList();
	}

	/** Every number in the lower-case text, in order; "a"/"an" count only when {@code articles} is true. */
	static List<SpokenNumber> findAll(String lower, boolean articles) {
		List<SpokenNumber> numbers = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(lower);
		while (matcher.find()) {
			Double value = valueOf(matcher, articles);
			if (value != null) {
				numbers.add(new SpokenNumber(value, matcher.start(), matcher.end()));
			}
		}
		return numbers;
	}

	private static Double valueOf(Matcher matcher, boolean articles) {
		if (matcher.group(1) != null) {
			return Double.parseDouble(matcher.group(1).replace(',', '.'));
		}
		if (matcher.group(2) != null) {
			return (double) (WORDS.get(matcher.group(2)) + WORDS.get(matcher.group(3)));
		}
		if (matcher.group(4) != null) {
			return (double) (WORDS.get(matcher.group(4)) + WORDS.get(matcher.group(5)));
		}
		String word = matcher.group(6);
		if (word.equals("half a")) {
			return 0.5;
		}
		if ((word.equals("a") || word.equals("an")) && !articles) {
			return null;
		}
		return (double) WORDS.get(word);
	}

}
