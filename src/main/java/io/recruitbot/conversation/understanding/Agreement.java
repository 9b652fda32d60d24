package io.recruitbot.conversation.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes or no in every supported language, from the phrasebook's {@code [yes]}, {@code [no]}, {@code [yes-despite-no]}
 * ("no problem", "geen bezwaar", "nie ma problemu"), {@code [affirm]} ("I have", "heb ik"), {@code [negation]} and
 * {@code [unsure]}. {@link #read} answers a yes/no field generously; {@link #clear} decides consent and erasure, where
 * only an unmistakable answer counts.
 */
final class Agreement {

	private static final Phrasebook PHRASES = Phrasebook.all();

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** A clear yes may carry a few words more ("yes, I agree with that"), a clear no a few more still. */
	private static final int WORDS_BESIDE_YES = 4;

	private static final int WORDS_BESIDE_NO = 5;

	private Agreement() {
	}

	/**
	 * "Not sure", "no idea", "misschien", "keine Ahnung": an answer that gives no value. A yes phrase that holds an
	 * unsure word ("może być", it may be: fine) is a yes.
	 */
	static boolean isUnsure(String plain) {
		return PHRASES.has("unsure", plain) && !PHRASES.isWhole("yes", plain);
	}

	/**
	 * A yes phrase with at most one word more ("is goed hoor", "kan wel"): an answer, also where its first word would
	 * open a question.
	 */
	static boolean isShortYes(String plain) {
		return PHRASES.opens("yes", plain) && words(remove("yes", plain)) <= 1;
	}

	/** True for yes, false for no, null when the folded text says neither: the answer to a yes/no field. */
	static Boolean read(String plain) {
		if (isUnsure(plain)) {
			return null;
		}
		if (PHRASES.has("yes-despite-no", plain)) {
			return true;
		}
		if (PHRASES.has("no", plain) || PHRASES.has("negation", plain)) {
			return false;
		}
		if (PHRASES.has("yes", plain) || PHRASES.has("affirm", plain)) {
			return true;
		}
		return null;
	}

	/**
	 * The answer to consent or to an erasure confirmation: TRUE only for a clear yes ("yess", "ja hoor", "passt",
	 * "zgoda", 👍), FALSE only for a clear no ("nee", "nein danke", "no thanks"), null for anything else: a question,
	 * a message carrying facts ("I can start next Monday"), a mixed or unsure answer. A correction counts by what follows
	 * it: "no wait, I mean yes" is a yes, "yes... actually no" a no.
	 */
	static Boolean clear(Utterance utterance, boolean asks, boolean correction, boolean carriesFacts) {
		String plain = utterance.plain();
		if (asks || carriesFacts || utterance.plain().isBlank() || isUnsure(plain)) {
			return null;
		}
		if (correction) {
			Matcher cue = PHRASES.pattern("correction").matcher(plain);
			int end = -1;
			while (cue.find()) {
				end = cue.end();
			}
			String meant = (end >= 0) ? plain.substring(end) : "";
			return meant.isBlank() ? null : clear(Utterance.of(meant), false, false, false);
		}
		boolean yesDespiteNo = PHRASES.has("yes-despite-no", plain);
		String withoutYesDespiteNo = remove("yes-despite-no", plain);
		boolean no = PHRASES.has("no", withoutYesDespiteNo);
		String withoutNo = remove("no", withoutYesDespiteNo);
		boolean yes = yesDespiteNo || PHRASES.has("yes", withoutNo);
		// a no with what is not wanted ("nee, gebruik mijn gegevens niet") is a no, though it names what a yes allows
		if (no && (!yes || PHRASES.has("negation", withoutNo))) {
			return (words(remove("negation", withoutNo)) <= WORDS_BESIDE_NO) ? Boolean.FALSE : null;
		}
		if (yes && !no && !PHRASES.has("negation", withoutYesDespiteNo)) {
			return (words(remove("yes", withoutNo)) <= WORDS_BESIDE_YES) ? Boolean.TRUE : null;
		}
		return null;
	}

	/**
	 * Consent given in the clause that opens a message going on to ask about the job: "ja prima, maar wat is het
	 * salaris?", "Sure. How many hours is it?", "ja, einverstanden. Wie hoch ist der Lohn?". TRUE when that clause is a
	 * clear yes and not itself asked ("yes? what is this about?" is no answer), null otherwise.
	 */
	static Boolean yesBeforeQuestion(Utterance utterance) {
		String plain = utterance.plain();
		Matcher end = Utterance.CLAUSE_BREAK.matcher(plain);
		if (!end.find() || end.group().contains("?")) {
			return null;
		}
		Boolean opening = clear(Utterance.of(plain.substring(0, end.start())), false, false, false);
		return Boolean.TRUE.equals(opening) ? Boolean.TRUE : null;
	}

	private static String remove(String label, String plain) {
		return PHRASES.pattern(label).matcher(plain).replaceAll(" ");
	}

	private static int words(String plain) {
		Matcher matcher = WORD.matcher(plain);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
