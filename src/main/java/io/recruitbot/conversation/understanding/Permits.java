package io.recruitbot.conversation.understanding;

import java.util.regex.Pattern;

/**
 * The two yes/no requirements with their own phrasing: a driving licence ("yes, I have my B license", "I don't have
 * one", "CE with code 95") and the right to work ("I'm Dutch", "EU passport", "residence permit that allows me to
 * work" are yes; "I would need visa sponsorship" is no).
 */
final class Permits {

	private static final String LICENCE = "(?:licen[cs]e|licen[cs]es|rijbewijs|führerschein|fuhrerschein|permis)";

	private static final Pattern NO_LICENCE = Pattern.compile("\\b(?:no|without|geen|not a|not any|haven'?t got a|"
			+ "don'?t have a|do not have a|don'?t own a)\\s+(?:valid\\s+)?(?:driving\\s+|driver'?s?\\s+|car\\s+)?" + LICENCE);

	private static final Pattern HAS_LICENCE = Pattern.compile("\\b(?:i have|i've got|i got|i hold|i own|with|got|have)\\s+"
			+ "(?:a\\s+|an\\s+|my\\s+|the\\s+)?(?:valid\\s+)?(?:eu\\s+|dutch\\s+|european\\s+)?"
			+ "(?:(?:b|be|c|c1|ce|d|car|truck|driving|driver'?s?)\\s+)*" + LICENCE);

	private static final Pattern LICENCE_CATEGORY = Pattern.compile("^(?:only\\s+)?(?:b|be|c|c1|ce|c1e|d|b\\+e|c\\+e)\\b|"
			+ "\\bcode 95\\b|\\b(?:b|c|ce|be)[- ]" + LICENCE);

	/** A licence for something other than a car or truck ("forklift license") says nothing about driving. */
	private static final Pattern OTHER_LICENCE = Pattern.compile("\\b(?:forklift|heftruck|reach ?truck|crane|boat|"
			+ "vaar|pilot|fishing|hunting|security|vca)\\s+" + LICENCE);

	private static final Pattern NO_VISA_NEEDED = Pattern.compile("\\b(?:don'?t|do not|won'?t|will not|no)\\s+need"
			+ "(?:\\s+for)?\\s+(?:a\\s+|any\\s+)?(?:visa|sponsor|sponsorship|permit|work permit)");

	private static final Pattern NEEDS_VISA = Pattern.compile("\\b(?:need|needs|require|requires|would need|will need)\\s+"
			+ "(?:a\\s+|an\\s+)?(?:work\\s+)?(?:visa|sponsor|sponsorship|permit)|\\bvisa sponsorship\\b|"
			+ "\\b(?:no|without|don'?t have a|do not have a|haven'?t got a)\\s+(?:work\\s+|residence\\s+)?(?:permit|visa)\\b|"
			+ "\\bnot (?:yet )?allowed to work\\b|\\bgeen werkvergunning\\b");

	private static final Pattern MAY_WORK = Pattern.compile("\\b(?:eu|eea|european)\\s+(?:passport|citizen|citizenship|"
			+ "national|nationality|id)|\\b(?:residence|work|working)\\s+permit|\\bverblijfsvergunning|\\bwerkvergunning|"
			+ "\\bbsn\\b|\\ballowed to work|\\bright to work|\\ballows me to work|\\bpermission to work|"
			+ "\\b(?:dutch|belgian|german|eu) (?:passport|citizen|nationality|citizenship)|\\bnationality\\b|"
			+ "\\bcitizenship\\b|\\bpermanent resident|\\bblue card\\b");

	private static final Pattern I_AM = Pattern.compile("\\b(?:i'?m|i am|im|ik ben|ich bin)\\s+(?:a\\s+)?$");

	private Permits() {
	}

	static Boolean drivingLicense(String lower, boolean asked) {
		if (NO_LICENCE.matcher(lower).find()) {
			return false;
		}
		if (HAS_LICENCE.matcher(lower).find()) {
			return true;
		}
		if (!asked || OTHER_LICENCE.matcher(lower).find()) {
			return null;
		}
		Boolean answer = Agreement.read(lower);
		if (answer == null && LICENCE_CATEGORY.matcher(lower).find()) {
			return true;
		}
		return answer;
	}

	static Boolean workPermit(Utterance utterance, PhraseLexicon freeToWork, boolean asked) {
		String lower = utterance.lower();
		if (NO_VISA_NEEDED.matcher(lower).find()) {
			return true;
		}
		if (NEEDS_VISA.matcher(lower).find()) {
			return false;
		}
		if (MAY_WORK.matcher(lower).find()) {
			return Agreement.read(lower) != Boolean.FALSE;
		}
		for (PhraseLexicon.Found nationality : freeToWork.findAll(utterance)) {
			String before = String.join(" ", utterance.folded().subList(0, nationality.start())) + " ";
			if (asked || I_AM.matcher(before).find()) {
				return true;
			}
		}
		return asked ? Agreement.read(lower) : null;
	}

}
