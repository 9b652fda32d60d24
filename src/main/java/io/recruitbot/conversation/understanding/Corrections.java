package io.recruitbot.conversation.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message corrects something the candidate said before. {@link #corrects} is the strong sign the reading
 * reports ("actually", "sorry I meant", "eigenlijk", "doch", "właściwie", "make that", "6 years not 4");
 * {@link #isCorrection} adds the weaker words of an update ("now", "new", "inmiddels", "jetzt"): only with one of
 * them may a message change a profile field that is already known and was not just asked. Both from the phrasebook's
 * {@code [correction]} and {@code [update]}.
 */
public final class Corrections {

	private static final Phrasebook PHRASES = Phrasebook.all();

	/** "not 4", "niet Rotterdam", "statt 32": an old value struck out, read in the text as written. */
	private static final Pattern STRUCK = Pattern.compile("(?iu)(?<![\\p{L}])(?:not|niet|nicht|nie|instead of|"
			+ "in plaats van|statt|anstatt|zamiast)\\s+([^,.;!?\\n]{1,40}?)(?=\\s*(?:[,.;!?\\n]|$|\\s(?:but|maar|sondern|"
			+ "aber|tylko|ale|and|en|und)(?![\\p{L}])))");

	private static final PhraseLexicon PLACES = PhraseLexicon.load("/understanding/cities.txt");

	private Corrections() {
	}

	/** Whether a known profile field may change by this message: a correction or an update. */
	public static boolean isCorrection(String text) {
		if (text == null) {
			return false;
		}
		Utterance utterance = Utterance.of(text);
		return corrects(utterance) || PHRASES.has("update", utterance.plain());
	}

	/** The strong sign: the message corrects an earlier answer. */
	static boolean corrects(Utterance utterance) {
		return PHRASES.has("correction", utterance.plain()) || strikesAValue(utterance.text());
	}

	/** Whether the text strikes out an old value ("6 years, not 4", "Schiedam not Rotterdam"). */
	static boolean strikesAValue(String text) {
		Matcher matcher = STRUCK.matcher(text);
		while (matcher.find()) {
			if (isValue(matcher.group(1))) {
				return true;
			}
		}
		return false;
	}

	/** The text without its struck-out old values, so only the new value is read. */
	static String withoutStruckValues(String text) {
		return STRUCK.matcher(text).replaceAll((match) -> isValue(match.group(1)) ? " " : Matcher.quoteReplacement(match.group()));
	}

	/** A number, an e-mail address or a name of a place: one to three words, no verb of a sentence. */
	private static boolean isValue(String struck) {
		String[] words = struck.strip().split("\\s+");
		if (words.length > 3) {
			return false;
		}
		String plain = Utterance.fold(struck);
		if (struck.contains("@") || !SpokenNumbers.findAll(plain, false).isEmpty()) {
			return words.length <= 2 || PHRASES.has("years", plain) || PHRASES.has("hours-unit", plain);
		}
		return !PLACES.findAll(Utterance.of(struck)).isEmpty()
				|| (words.length <= 2 && Character.isUpperCase(struck.strip().codePointAt(0)));
	}

}
