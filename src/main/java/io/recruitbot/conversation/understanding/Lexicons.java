package io.recruitbot.conversation.understanding;

/**
 * The phrase lists the offline understanding reads with, loaded once from {@code src/main/resources/understanding}.
 * Extend a list by adding a line to its file.
 */
record Lexicons(PhraseLexicon cities, PhraseLexicon roles, PhraseLexicon languages, PhraseLexicon nationalities) {

	static Lexicons load() {
		return new Lexicons(PhraseLexicon.load("/understanding/cities.txt"), PhraseLexicon.load("/understanding/roles.txt"),
				PhraseLexicon.load("/understanding/languages.txt"),
				PhraseLexicon.load("/understanding/nationalities.txt"));
	}

}
