package io.recruitbot.conversation.understanding;

import java.util.regex.Pattern;

/**
 * The two yes/no requirements with their own phrasing, in every supported language: a driving licence ("yes, I have
 * my B license", "rijbewijs heb ik niet", "Führerschein: ja", "nie mam prawa jazdy", "CE with code 95", "kierowca
 * C+E") and the right
 * to work ("I'm Dutch", "EU passport", "karta pobytu" are yes; "I would need visa sponsorship" is no). Each is read in
 * its own clause, so "I have an EU passport, no driving licence" is a permit and no licence.
 */
final class Permits {

	private static final Phrasebook PHRASES = Phrasebook.all();

	private static final Pattern LICENCE = PHRASES.pattern("licence");

	private static final Pattern OTHER_LICENCE = PHRASES.pattern("other-licence");

	private static final Pattern HAS = Pattern.compile("(?<![\\p{L}])(?:i have|i've got|i got|i hold|i own|with|got|have|"
			+ "heb|hebben|heeft|met|wel|habe|hab|besitze|mit|mam|posiadam|z)(?![\\p{L}])");

	/** A licence category, alone: "C+E", "CE", "B". */
	private static final String CATEGORY = "(?:b\\+e|c\\+e|c1e|c1|ce|be|b|c|d)(?![\\p{L}\\p{N}])";

	private static final Pattern LICENCE_CATEGORY = Pattern.compile("^(?:only\\s+|alleen\\s+|nur\\s+|tylko\\s+)?"
			+ CATEGORY + "|(?<![\\p{L}])code 95(?![\\p{N}])|"
			+ "(?<![\\p{L}])(?:b|c|ce|be)[- ](?:licen|rijbewijs|fuhrerschein|prawo)");

	/** A category named as one, which only a driving licence has: "z kat. CE", "Klasse B", "categorie C". */
	private static final Pattern NAMED_CATEGORY = Pattern
		.compile("(?<![\\p{L}])(?:kat|kategori\\p{L}*|categor\\p{L}*|klasse)[.:]?\\s*" + CATEGORY);

	/** A driver with the licence category beside the trade: "kierowca C+E", "CE-chauffeur", "driver C". */
	private static final Pattern DRIVER_WITH_CATEGORY = Pattern.compile("(?<![\\p{L}])" + PHRASES.alternation("driver")
			+ "[^\\p{L}\\p{N}]+" + CATEGORY + "|(?<![\\p{L}\\p{N}])" + CATEGORY + "[^\\p{L}\\p{N}+]+"
			+ PHRASES.alternation("driver") + "(?![\\p{L}])");

	private static final Pattern NO_VISA_NEEDED = PHRASES.pattern("no-visa-needed");

	private static final Pattern NEEDS_VISA = PHRASES.pattern("needs-visa");

	private static final Pattern MAY_WORK = PHRASES.pattern("may-work");

	private static final Pattern I_AM = Pattern.compile("(?<![\\p{L}])" + PHRASES.alternation("i-am") + "\\s+$");

	private Permits() {
	}

	/** Reads the folded text. */
	static Boolean drivingLicense(String plain, boolean asked) {
		// "still taking lessons", "ik ben nog aan het lessen": no licence yet
		if (PHRASES.has("learning-to-drive", plain) && (asked || LICENCE.matcher(plain).find())) {
			return false;
		}
		for (String clause : Utterance.CLAUSE_BREAK.split(plain)) {
			if ((DRIVER_WITH_CATEGORY.matcher(clause).find() || NAMED_CATEGORY.matcher(clause).find())
					&& !PHRASES.has("negation", clause)) {
				return true;
			}
			if (LICENCE.matcher(clause).find() && !OTHER_LICENCE.matcher(clause).find()) {
				if (PHRASES.has("negation", clause) && !PHRASES.has("yes-despite-no", clause)) {
					return false;
				}
				if (HAS.matcher(clause).find() || PHRASES.has("yes", clause) || LICENCE_CATEGORY.matcher(clause).find()) {
					return true;
				}
			}
		}
		if (!asked) {
			return null;
		}
		Boolean answer = Agreement.read(plain);
		if (OTHER_LICENCE.matcher(plain).find()) {
			// "nee, alleen een heftruckcertificaat" is still a no; a yes may be about the other licence
			return Boolean.FALSE.equals(answer) ? Boolean.FALSE : null;
		}
		if (answer == null && LICENCE_CATEGORY.matcher(plain.strip()).find()) {
			return true;
		}
		return answer;
	}

	static Boolean workPermit(Utterance utterance, PhraseLexicon freeToWork, boolean asked) {
		String plain = utterance.plain();
		if (NO_VISA_NEEDED.matcher(plain).find()) {
			return true;
		}
		if (NEEDS_VISA.matcher(plain).find()) {
			return false;
		}
		for (String clause : Utterance.CLAUSE_BREAK.split(plain)) {
			if (MAY_WORK.matcher(clause).find()) {
				return Agreement.read(clause) != Boolean.FALSE;
			}
		}
		for (PhraseLexicon.Found nationality : freeToWork.findAll(utterance)) {
			String before = String.join(" ", utterance.folded().subList(0, nationality.start())) + " ";
			if (asked || I_AM.matcher(before).find()) {
				return true;
			}
		}
		return asked ? Agreement.read(plain) : null;
	}

}
