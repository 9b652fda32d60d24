package io.recruitbot.conversation.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A candidate's message prepared for reading: the text as written, a lower-case form for phrase rules, the same folded
 * ({@code plain}: lower case without accents, for the {@link Phrasebook}), and the words both as written and folded so
 * lexicon look-ups and original spelling line up.
 */
record Utterance(String text, String lower, String plain, List<String> words, List<String> folded) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Where a clause ends in folded text: punctuation or a joining word ("I have an EU passport, no driving licence",
	 * "ik woon al 3 jaar in Delft en heb 5 jaar ervaring"); "kat." is an abbreviation ("prawo jazdy kat. C").
	 */
	static final Pattern CLAUSE_BREAK = Pattern
		.compile("[,;!?\\n]+|(?<!kat)\\.+|\\s(?:and|but|en|maar|und|aber|i|ale|oraz)\\s");

	static Utterance of(String text) {
		String trimmed = (text != null) ? text.strip().replace('’', '\'') : "";
		String lower = trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		List<String> words = new ArrayList<>();
		List<String> folded = new ArrayList<>();
		Matcher matcher = WORD.matcher(trimmed);
		while (matcher.find()) {
			words.add(matcher.group());
			folded.add(fold(matcher.group()));
		}
		return new Utterance(trimmed, lower, fold(lower), List.copyOf(words), List.copyOf(folded));
	}

	/**
	 * Lower case without accents, so "Köln", "koln" and "KÖLN" are one key; "ł", which has no accent to drop, is "l" too,
	 * as Polish is often typed without its letters ("pracowałem", "pracowalem").
	 */
	static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("")
			.replace('ł', 'l');
	}

	/** The lower-case text without punctuation: "Stop!" and "stop." are both "stop". */
	String bare() {
		return String.join(" ", this.folded);
	}

	boolean isEmpty() {
		return this.words.isEmpty();
	}

	boolean matches(Pattern pattern) {
		return pattern.matcher(this.lower).find();
	}

	/** Whether a phrase of the {@link Phrasebook} label occurs in the message. */
	boolean has(String label) {
		return Phrasebook.all().has(label, this.plain);
	}

	boolean hasWord(String word) {
		return this.folded.contains(word);
	}

	boolean isCapitalised(int index) {
		String word = this.words.get(index);
		return Character.isUpperCase(word.codePointAt(0));
	}

	/** Whether the candidate writes without capitals at all, so capitalisation says nothing. */
	boolean isAllOneCase() {
		return this.text.equals(this.text.toLowerCase(Locale.ROOT)) || this.text.equals(this.text.toUpperCase(Locale.ROOT));
	}

}
