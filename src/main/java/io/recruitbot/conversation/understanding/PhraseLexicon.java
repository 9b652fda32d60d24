package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of known phrases (cities, roles, languages) read from a resource file. Each line is
 * {@code Canonical | alias | alias}; an alias ending in {@code ?} is also an ordinary word ("Best", "Born") and only
 * counts when the candidate wrote it with a capital. Look-ups fold case and accents and prefer the longest phrase.
 */
final class PhraseLexicon {

	/** A phrase found in a message: the canonical entry, the alias as the lexicon spells it, and its word span. */
	record Found(String canonical, String spelling, int start, int end) {
	}

	private record Alias(String canonical, String spelling, boolean ordinaryWord) {
	}

	/** An ending and what replaces it ("cie" by "t" in "Utrechcie"), usually nothing. */
	private record Ending(String ending, String replacement) {

		static Ending of(String line) {
			String[] parts = Utterance.fold(line).split(">", 2);
			return new Ending(parts[0].strip(), (parts.length > 1) ? parts[1].strip() : "");
		}

	}

	/** Endings of every supported language ({@code understanding/<code>/endings.txt}), longest first. */
	private static final List<Ending> ENDINGS = SupportedLanguages.codes()
		.stream()
		.flatMap((code) -> ResourceLines.readIfPresentOrEmpty(SupportedLanguages.file(code, "endings.txt")).stream())
		.map(Ending::of)
		.distinct()
		.sorted(Comparator.comparingInt((Ending ending) -> ending.ending().length()).reversed())
		.toList();

	/** A known word read through an ending has at least this many letters ("bredzie" is "breda"). */
	private static final int SHORTEST_STEM = 4;

	private final Map<String, Alias> aliases = new HashMap<>();

	/** One-word spellings by first letter, for the look-up that forgives a typo. */
	private final Map<Character, List<String>> oneWordKeys = new HashMap<>();

	private int longest = 1;

	private PhraseLexicon() {
	}

	static PhraseLexicon load(String resource) {
		PhraseLexicon lexicon = new PhraseLexicon();
		ResourceLines.read(resource).forEach(lexicon::addLine);
		return lexicon;
	}

	private void addLine(String line) {
		String[] parts = line.split("\\|");
		String canonical = parts[0].strip().replace("?", "");
		for (String part : parts) {
			String spelling = part.strip();
			boolean ordinaryWord = spelling.endsWith("?");
			spelling = spelling.replace("?", "");
			if (!spelling.isEmpty()) {
				String key = key(spelling);
				if (this.aliases.putIfAbsent(key, new Alias(canonical, spelling, ordinaryWord)) == null && !ordinaryWord
						&& !key.contains(" ") && !key.isEmpty()) {
					this.oneWordKeys.computeIfAbsent(key.charAt(0), (letter) -> new ArrayList<>()).add(key);
				}
				this.longest = Math.max(this.longest, key.split(" ").length);
			}
		}
	}

	private static String key(String phrase) {
		return String.join(" ", Utterance.of(phrase).folded());
	}

	/** Every phrase in the message, left to right, longest first where phrases overlap. */
	List<Found> findAll(Utterance utterance) {
		List<Found> found = new ArrayList<>();
		List<String> words = utterance.folded();
		int start = 0;
		while (start < words.size()) {
			Found match = longestAt(utterance, start);
			if (match != null) {
				found.add(match);
				start = match.end();
			}
			else {
				start++;
			}
		}
		return found;
	}

	private Found longestAt(Utterance utterance, int start) {
		List<String> words = utterance.folded();
		for (int length = Math.min(this.longest, words.size() - start); length > 0; length--) {
			Alias alias = this.aliases.get(String.join(" ", words.subList(start, start + length)));
			if (alias != null && (!alias.ordinaryWord() || utterance.isCapitalised(start))) {
				return new Found(alias.canonical(), alias.spelling(), start, start + length);
			}
		}
		Alias inflected = withoutEnding(words.get(start));
		return (inflected != null) ? new Found(inflected.canonical(), inflected.spelling(), start, start + 1) : null;
	}

	/** "rotterdamie" is "rotterdam", "staplerfahrerin" is "staplerfahrer": a known word with an ending. */
	private Alias withoutEnding(String word) {
		for (Ending ending : ENDINGS) {
			int known = word.length() - ending.ending().length() + ending.replacement().length();
			if (known >= SHORTEST_STEM && word.endsWith(ending.ending())) {
				Alias alias = this.aliases
					.get(word.substring(0, word.length() - ending.ending().length()) + ending.replacement());
				if (alias != null && !alias.ordinaryWord()) {
					return alias;
				}
			}
		}
		return null;
	}

	/**
	 * The one-word entry a word misspells ("schiedm", "eindhoven" as "eindohven"): one letter wrong, missing, extra or
	 * swapped, two in a long word; the first letter must be right. Null when none or several are that close.
	 */
	Found forgivingTypo(Utterance utterance, int index) {
		String word = utterance.folded().get(index);
		if (word.length() < 5) {
			return null;
		}
		int allowed = (word.length() >= 9) ? 2 : 1;
		String match = null;
		for (String key : this.oneWordKeys.getOrDefault(word.charAt(0), List.of())) {
			if (Math.abs(key.length() - word.length()) <= allowed && TypoDistance.within(word, key, allowed)) {
				if (match != null && !this.aliases.get(match).canonical().equals(this.aliases.get(key).canonical())) {
					return null;
				}
				match = key;
			}
		}
		Alias alias = (match != null) ? this.aliases.get(match) : null;
		return (alias != null) ? new Found(alias.canonical(), alias.spelling(), index, index + 1) : null;
	}

	/** The name of the entry the whole text names ("Den Haag" is "The Hague"), or the text itself, stripped. */
	String canonical(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		Found found = whole(text);
		return (found != null) ? found.canonical() : text.strip();
	}

	/** The entry the whole text names, e.g. "den haag" as one city. */
	Found whole(String text) {
		Utterance utterance = Utterance.of(text);
		Found found = utterance.isEmpty() ? null : longestAt(utterance, 0);
		return (found != null && found.end() == utterance.words().size()) ? found : null;
	}

	boolean contains(String word) {
		return this.aliases.containsKey(key(word));
	}

	List<String> canonicals() {
		return this.aliases.values().stream().map(Alias::canonical).distinct().sorted().toList();
	}

}
