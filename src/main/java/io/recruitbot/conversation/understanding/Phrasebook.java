package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phrases of every supported language, by what they mean ({@code [yes]}, {@code [erase]}, {@code [years]}...),
 * read from each language's {@code phrases.txt}. A phrase is words in order: {@code word*} is a stem (any ending),
 * {@code a/b} either word, {@code ...} up to four other words. Phrases are matched in the folded text (lower case,
 * no accents), so "Führerschein", "fuhrerschein" and "FÜHRERSCHEIN" are one phrase.
 */
final class Phrasebook {

	private static final String LETTER = "[\\p{L}\\p{N}]";

	/** Between two words of a phrase: spaces and punctuation, never a letter or digit. */
	private static final String BETWEEN = "[^\\p{L}\\p{N}@]+";

	/** Up to four words inside one clause: a gap never crosses a comma or a full stop. */
	private static final String IN_CLAUSE = "[^\\p{L}\\p{N}@.,;:!?]+";

	private static final String GAP = "(?:" + IN_CLAUSE + "[\\p{L}\\p{N}'@-]+){0,4}";

	private static final Phrasebook ALL = load(SupportedLanguages.codes());

	private final Map<String, List<String>> regexes;

	private final Map<String, Pattern> anywhere = new LinkedHashMap<>();

	private final Map<String, Pattern> opening = new LinkedHashMap<>();

	private final Map<String, Pattern> whole = new LinkedHashMap<>();

	private final Map<String, Pattern> closing = new LinkedHashMap<>();

	private Phrasebook(Map<String, List<String>> regexes) {
		this.regexes = regexes;
		regexes.forEach((label, alternatives) -> {
			String any = "(?:" + String.join("|", alternatives) + ")";
			this.anywhere.put(label, Pattern.compile("(?<!" + LETTER + ")" + any + "(?!" + LETTER + ")"));
			this.opening.put(label, Pattern.compile("^[^\\p{L}\\p{N}]*" + any + "(?!" + LETTER + ")"));
			this.whole.put(label, Pattern.compile("^[^\\p{L}\\p{N}]*" + any + "[^\\p{L}\\p{N}]*$"));
			this.closing.put(label, Pattern.compile("(?<!" + LETTER + ")" + any + "[^\\p{L}\\p{N}]*$"));
		});
	}

	/** Every supported language's phrases together: a candidate may mix languages, and short answers look alike. */
	static Phrasebook all() {
		return ALL;
	}

	static Phrasebook load(List<String> languages) {
		Map<String, List<String>> regexes = new LinkedHashMap<>();
		for (String language : languages) {
			String label = null;
			for (String line : ResourceLines.read(SupportedLanguages.file(language, "phrases.txt"))) {
				if (line.startsWith("[") && line.endsWith("]")) {
					label = line.substring(1, line.length() - 1).strip();
					continue;
				}
				if (label == null) {
					throw new IllegalStateException("A phrase before any [label] in " + language + "/phrases.txt: " + line);
				}
				regexes.computeIfAbsent(label, (key) -> new ArrayList<>()).add(regex(line));
			}
		}
		// longer phrases first, so "no problem" is tried before "no"
		regexes.values().forEach((list) -> list.sort((a, b) -> b.length() - a.length()));
		return new Phrasebook(regexes);
	}

	/** One phrase as a regular expression over folded text. */
	static String regex(String phrase) {
		List<String> slots = new ArrayList<>();
		for (String word : Utterance.fold(phrase.strip()).split("\\s+")) {
			if (word.equals("...")) {
				slots.add(null);
				continue;
			}
			List<String> alternatives = new ArrayList<>();
			for (String alternative : word.split("/")) {
				boolean stem = alternative.endsWith("*") && alternative.length() > 1;
				String literal = stem ? alternative.substring(0, alternative.length() - 1) : alternative;
				alternatives.add(Pattern.quote(literal).replace("'", "\\E['’]?\\Q") + (stem ? "[\\p{L}]*" : ""));
			}
			slots.add("(?:" + String.join("|", alternatives) + ")");
		}
		StringBuilder regex = new StringBuilder();
		boolean gapBefore = false;
		for (String slot : slots) {
			if (slot == null) {
				gapBefore = true;
				continue;
			}
			if (!regex.isEmpty()) {
				regex.append(gapBefore ? GAP + IN_CLAUSE : BETWEEN);
			}
			regex.append(slot);
			gapBefore = false;
		}
		return regex.toString();
	}

	/** The phrases of a label as one alternation, to build into a larger expression over folded text. */
	String alternation(String label) {
		return "(?:" + String.join("|", labelled(label)) + ")";
	}

	/** Whether a phrase of the label occurs anywhere in the folded text. */
	boolean has(String label, String plain) {
		return pattern(label).matcher(plain).find();
	}

	/** Whether the folded text opens with a phrase of the label. */
	boolean opens(String label, String plain) {
		return compiled(this.opening, label).matcher(plain).find();
	}

	/** Whether the folded text is nothing but one phrase of the label (and punctuation). */
	boolean isWhole(String label, String plain) {
		return compiled(this.whole, label).matcher(plain).matches();
	}

	/** Whether the folded text ends with a phrase of the label ("... i live in" before a place). */
	boolean closes(String label, String plain) {
		return compiled(this.closing, label).matcher(plain).find();
	}

	Pattern pattern(String label) {
		return compiled(this.anywhere, label);
	}

	private List<String> labelled(String label) {
		List<String> list = this.regexes.get(label);
		if (list == null) {
			throw new IllegalArgumentException("No phrases labelled [" + label + "] in any language");
		}
		return list;
	}

	private Pattern compiled(Map<String, Pattern> patterns, String label) {
		Pattern pattern = patterns.get(label);
		if (pattern == null) {
			labelled(label);
		}
		return pattern;
	}

}
