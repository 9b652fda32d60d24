package io.recruitbot.conversation.understanding;

/**
 * The phrase lists the offline understanding reads with, loaded once from {@code src/main/resources/understanding}
 * and shared (the city gazetteer and the offline reader both read them; they are not changed after loading). Extend
 * a list by adding a line to its file.
 */
record Lexicons(PhraseLexicon cities, PhraseLexicon roles, PhraseLexicon languages, PhraseLexicon nationalities) {

	static Lexicons load() {
		return Loaded.LEXICONS;
	}

	/** Loaded on first use, once: the JVM initialises a class once, for every thread. */
	private static final class Loaded {

		static final Lexicons LEXICONS = new Lexicons(PhraseLexicon.load("/understanding/cities.txt"),
				PhraseLexicon.load("/understanding/roles.txt"), PhraseLexicon.load("/understanding/languages.txt"),
				PhraseLexicon.load("/understanding/nationalities.txt"));

	}

}
