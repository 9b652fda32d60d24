package io.recruitbot.conversation.understanding;

import java.util.regex.Pattern;

/**
 * Yes or no in the many ways candidates say it: "Sure", "that's fine by me", "I agree", "nope", "I don't have one",
 * "no thanks", "ja", "nee". Phrases that contain a "no" but mean yes ("no problem") are read first.
 */
final class Agreement {

	private static final Pattern YES_DESPITE_NO = Pattern.compile(
			"\\b(no problem|not a problem|no worries|no objection|why not|geen probleem|geen bezwaar|don'?t mind|do not mind|"
					+ "not at all a problem|of course not a problem)\\b");

	private static final Pattern NO = Pattern.compile("\\b(no|nope|nah|nee|neen|not|never|none|nothing|don'?t|do not|"
			+ "doesn'?t|haven'?t|have not|hasn'?t|can'?t|cannot|won'?t|negative|niet|geen|nooit|rather not|without|"
			+ "i disagree|disagree|decline|refuse)\\b");

	private static final Pattern YES = Pattern.compile("\\b(yes|yeah|yea|yep|yup|ya|ye|sure|ok|okay|oké|okey|k|fine|"
			+ "of course|ofc|agree|agreed|i agree|consent|i consent|accept|i accept|correct|right|absolutely|definitely|"
			+ "certainly|indeed|go ahead|alright|all right|please|yes please|good|great|perfect|i do|i have|i am|i can|"
			+ "ja|jazeker|zeker|prima|akkoord|goed|natuurlijk|klopt|ik heb|heb ik|dat heb ik|oui|si|tak|da)\\b");

	private static final Pattern UNSURE = Pattern.compile(
			"\\b(not sure|unsure|don'?t know|do not know|no idea|maybe|perhaps|weet niet|weet ik niet|misschien)\\b");

	private static final Pattern THUMBS = Pattern.compile("[👍✅👌]");

	private Agreement() {
	}

	/** "Not sure", "no idea", "misschien": an answer that gives no value. */
	static boolean isUnsure(String lower) {
		return UNSURE.matcher(lower).find();
	}

	/** True for yes, false for no, null when the text says neither. */
	static Boolean read(String lower) {
		if (UNSURE.matcher(lower).find()) {
			return null;
		}
		if (YES_DESPITE_NO.matcher(lower).find()) {
			return true;
		}
		if (NO.matcher(lower).find()) {
			return false;
		}
		if (YES.matcher(lower).find() || THUMBS.matcher(lower).find()) {
			return true;
		}
		return null;
	}

}
