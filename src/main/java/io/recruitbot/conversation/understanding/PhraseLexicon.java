package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
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

	private final Map<String, Alias> aliases = new HashMap<>();

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
				this.aliases.putIfAbsent(key, new Alias(canonical, spelling, ordinaryWord));
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
		return null;
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
