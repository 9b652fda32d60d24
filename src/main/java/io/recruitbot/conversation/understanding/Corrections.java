package io.recruitbot.conversation.understanding;

/**
 * Whether a message corrects something the candidate said before ("actually", "I moved to", "inmiddels",
 * "eigentlich"), from {@code understanding/corrections.txt}. A known profile field changes only by the answer to its
 * own question or by such a correction: an unrelated message that happens to mention a role or a city does not.
 */
public final class Corrections {

	private static final PhraseLexicon CUES = PhraseLexicon.load("/understanding/corrections.txt");

	private Corrections() {
	}

	public static boolean isCorrection(String text) {
		return text != null && !CUES.findAll(Utterance.of(text)).isEmpty();
	}

}
