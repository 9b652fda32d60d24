package io.recruitbot.conversation.understanding;

/**
 * Short answers the conversation checks itself, to a question of its own that no screening field stands for ("did you
 * mean jan@gmail.com?"), in every supported language.
 */
public final class ShortAnswers {

	private ShortAnswers() {
	}

	/** "ja", "yes please", "klopt", "tak", "sure": a yes with at most one word more. */
	public static boolean isYes(String text) {
		return text != null && Agreement.isShortYes(Utterance.of(text).plain());
	}

}
