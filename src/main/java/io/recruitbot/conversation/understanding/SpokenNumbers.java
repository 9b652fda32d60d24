package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as candidates write them: digits ("4", "2.5", "1,5"), the number words of every supported language
 * ({@code understanding/<code>/numbers.txt}: "five", "vier", "zwei", "pięć"), compounds ("twenty-four",
 * "vierentwintig", "vierundzwanzig", "dwadzieścia cztery"), a number and a half ("three and a half", "drieënhalf",
 * "dreieinhalb", "trzy i pół": the {@code half} lines) and "a"/"an" before a unit ("a year"). Read in folded text
 * (lower case, no accents), see {@link Utterance#plain()}.
 */
final class SpokenNumbers {

	/** A number and where it ends in the text, so the unit after it can be read. */
	record SpokenNumber(double value, int start, int end) {
	}

	/** A number in digits, or a word. */
	private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)?|\\p{L}+");

	/** Between the tens and the unit of "twenty-four" or "dwadzieścia cztery". */
	private static final Pattern TENS_UNIT_GAP = Pattern.compile("[- ]");

	private static final Map<String, Double> WORDS = new HashMap<>();

	/** What follows a number to add a half, as a word of its own: " and a half", " en een half", " i pół". */
	private static final Pattern AND_A_HALF;

	private static final int LONGEST_PHRASE = 4;

	static {
		Set<String> joiners = new LinkedHashSet<>();
		Set<String> halves = new LinkedHashSet<>();
		for (String language : SupportedLanguages.codes()) {
			for (String line : ResourceLines.read(SupportedLanguages.file(language, "numbers.txt"))) {
				String[] parts = line.split("\\|");
				String head = parts[0].strip();
				for (int i = 1; i < parts.length; i++) {
					String word = Utterance.fold(parts[i].strip()).replaceAll("\\s+", " ");
					if (head.equals("joiner")) {
						joiners.add(word);
					}
					else if (head.equals("half")) {
						halves.add(word);
					}
					else {
						WORDS.putIfAbsent(word, Double.parseDouble(head));
					}
				}
			}
		}
		// "drieënhalf", "dreieinhalb": a number word and a half in one
		Map<String, Double> withHalves = new HashMap<>();
		halves.stream().filter((half) -> !half.contains(" ")).forEach((half) -> WORDS.forEach((word, value) -> {
			if (!word.contains(" ") && value >= 1 && value < 100 && value % 1 == 0) {
				withHalves.putIfAbsent(word + half, value + 0.5);
			}
		}));
		withHalves.forEach(WORDS::putIfAbsent);
		List<String> spaced = halves.stream().filter((half) -> half.contains(" ")).map(Pattern::quote).toList();
		AND_A_HALF = Pattern.compile(spaced.isEmpty() ? "(?!)" : "^\\s+(?:" + String.join("|", spaced) + ")(?![\\p{L}])");
		// "vierentwintig", "vierundzwanzig": a unit, a joiner and a tens word in one
		Map<String, Double> compounds = new HashMap<>();
		WORDS.forEach((unit, unitValue) -> WORDS.forEach((tens, tensValue) -> {
			if (isUnit(unitValue) && isTens(tensValue) && !unit.contains(" ") && !tens.contains(" ")) {
				joiners.forEach((joiner) -> compounds.putIfAbsent(unit + joiner + tens, unitValue + tensValue));
			}
		}));
		compounds.forEach(WORDS::putIfAbsent);
		WORDS.put("a", 1.0);
		WORDS.put("an", 1.0);
	}

	private SpokenNumbers() {
	}

	private static boolean isUnit(double value) {
		return value >= 1 && value <= 9 && value % 1 == 0;
	}

	private static boolean isTens(double value) {
		return value >= 20 && value < 100 && value % 10 == 0;
	}

	private record Token(String text, int start, int end) {
	}

	/** Every number in the folded text, in order; "a"/"an" count only when {@code articles} is true. */
	static List<SpokenNumber> findAll(String plain, boolean articles) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(plain);
		while (matcher.find()) {
			tokens.add(new Token(matcher.group(), matcher.start(), matcher.end()));
		}
		List<SpokenNumber> numbers = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			int next = i + 1;
			Double value = null;
			if (Character.isDigit(token.text().charAt(0))) {
				if (!digitInsideAWord(plain, token)) {
					value = Double.parseDouble(token.text().replace(',', '.'));
				}
			}
			else {
				int length = longestPhraseAt(plain, tokens, i);
				if (length > 0) {
					String phrase = String.join(" ", tokens.subList(i, i + length).stream().map(Token::text).toList());
					value = WORDS.get(phrase);
					next = i + length;
					if (length == 1 && isTens(value) && next < tokens.size() && isUnitWord(tokens.get(next))
							&& TENS_UNIT_GAP.matcher(plain.substring(token.end(), tokens.get(next).start())).matches()) {
						value += WORDS.get(tokens.get(next).text());
						next++;
					}
					if ((phrase.equals("a") || phrase.equals("an")) && !articles) {
						value = null;
					}
				}
			}
			if (value != null) {
				int end = tokens.get(next - 1).end();
				Matcher half = AND_A_HALF.matcher(plain).region(end, plain.length());
				if (value % 1 == 0 && half.lookingAt()) {
					value += 0.5;
					end = half.end();
					while (next < tokens.size() && tokens.get(next).start() < end) {
						next++;
					}
				}
				numbers.add(new SpokenNumber(value, token.start(), end));
			}
			i = next;
		}
		return numbers;
	}

	/** "b2", "a4" or "v1.2": digits that belong to a word are no number. */
	private static boolean digitInsideAWord(String plain, Token token) {
		boolean letterBefore = token.start() > 0 && Character.isLetter(plain.charAt(token.start() - 1));
		boolean letterAfter = token.end() < plain.length() && Character.isLetter(plain.charAt(token.end()));
		return letterBefore || (letterAfter && token.end() + 1 < plain.length()
				&& Character.isLetter(plain.charAt(token.end() + 1)));
	}

	private static boolean isUnitWord(Token token) {
		Double value = WORDS.get(token.text());
		return value != null && isUnit(value);
	}

	/** How many words from {@code start} make the longest number phrase ("a couple of"), 0 when none. */
	private static int longestPhraseAt(String plain, List<Token> tokens, int start) {
		StringBuilder phrase = new StringBuilder(tokens.get(start).text());
		int longest = WORDS.containsKey(phrase.toString()) ? 1 : 0;
		for (int i = start + 1; i < Math.min(start + LONGEST_PHRASE, tokens.size()); i++) {
			if (!plain.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank()) {
				break;
			}
			phrase.append(' ').append(tokens.get(i).text());
			if (WORDS.containsKey(phrase.toString())) {
				longest = i - start + 1;
			}
		}
		return longest;
	}

}
