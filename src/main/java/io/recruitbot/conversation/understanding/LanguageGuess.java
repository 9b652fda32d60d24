package io.recruitbot.conversation.understanding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The language a message is written in, from the words typical of each supported language
 * ({@code understanding/<code>/words.txt} and its number words). A word typical of several languages ("ja", "in")
 * counts for each, so it decides nothing; letters only one language uses ("ł", "ß") tip the balance. A message too
 * short or too neutral to tell ("ok", "24", a name, an e-mail address) has no language.
 */
final class LanguageGuess {

	/** Letters that belong to one language, in the words as written (folding makes "ł" an "l"). */
	private static final Map<String, String> OWN_LETTERS = Map.of("ł", "pl", "ß", "de");

	/** Accented letters (before folding) typical of one language: half a word's weight. */
	private static final Map<Character, String> ACCENTS = Map.ofEntries(Map.entry('ą', "pl"), Map.entry('ę', "pl"),
			Map.entry('ś', "pl"), Map.entry('ć', "pl"), Map.entry('ź', "pl"), Map.entry('ż', "pl"), Map.entry('ń', "pl"),
			Map.entry('ä', "de"), Map.entry('ö', "de"), Map.entry('ü', "de"));

	private static final java.util.regex.Pattern REPEATS = java.util.regex.Pattern.compile("(\\p{L})\\1+");

	private final Map<String, Set<String>> languagesOfWord = new HashMap<>();

	LanguageGuess() {
		for (String code : SupportedLanguages.codes()) {
			for (String line : ResourceLines.read(SupportedLanguages.file(code, "words.txt"))) {
				Arrays.stream(line.split("\\s+")).map(Utterance::fold).forEach((word) -> add(word, code));
			}
			for (String line : ResourceLines.readIfPresentOrEmpty(SupportedLanguages.file(code, "numbers.txt"))) {
				List<String> parts = Arrays.stream(line.split("\\|")).map(String::strip).toList();
				if (!parts.get(0).equals("joiner")) {
					parts.subList(1, parts.size())
						.stream()
						.filter((word) -> !word.contains(" "))
						.forEach((word) -> add(Utterance.fold(word), code));
				}
			}
		}
	}

	private void add(String word, String code) {
		if (!word.isEmpty()) {
			this.languagesOfWord.computeIfAbsent(word, (key) -> new java.util.TreeSet<>()).add(code);
		}
	}

	/** The languages of a word, also when typed with a letter held down ("yesss", "jaaa", "takk"). */
	private Set<String> languagesOf(String word) {
		Set<String> languages = this.languagesOfWord.get(word);
		if (languages == null) {
			String once = REPEATS.matcher(word).replaceAll("$1");
			languages = this.languagesOfWord.getOrDefault(once, this.languagesOfWord.get(REPEATS.matcher(word).replaceAll("$1$1")));
		}
		return (languages != null) ? languages : Set.of();
	}

	/** The ISO code of the message's language, or null when it does not show one clearly. */
	String of(Utterance utterance) {
		Map<String, Double> score = new HashMap<>();
		for (String word : utterance.folded().stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new))) {
			for (String code : languagesOf(word)) {
				score.merge(code, 1.0, Double::sum);
			}
		}
		for (String word : utterance.words()) {
			String lower = word.toLowerCase(Locale.ROOT);
			OWN_LETTERS.forEach((letter, code) -> {
				if (lower.contains(letter)) {
					score.merge(code, 0.5, Double::sum);
				}
			});
		}
		for (char c : utterance.lower().toCharArray()) {
			String code = ACCENTS.get(c);
			if (code != null) {
				score.merge(code, 0.25, Double::sum);
			}
		}
		String best = null;
		double bestScore = 0;
		double second = 0;
		for (Map.Entry<String, Double> entry : score.entrySet()) {
			if (entry.getValue() > bestScore) {
				second = bestScore;
				best = entry.getKey();
				bestScore = entry.getValue();
			}
			else if (entry.getValue() > second) {
				second = entry.getValue();
			}
		}
		return (best != null && bestScore >= 1 && bestScore > second) ? best : null;
	}

}
