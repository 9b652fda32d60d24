package io.recruitbot.conversation.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recruitbot.conversation.understanding.SpokenNumbers.SpokenNumber;

/**
 * Years of work experience: "about 4 years", "6 yrs", "five", "18 months" (1.5), "a year and a half", and 0 for
 * "no experience" or "this would be my first job". Ages ("I'm 25 years old") are not experience.
 */
final class YearsOfExperience {

	private static final Pattern NONE = Pattern.compile("\\b(no (?:work |relevant |real )?experience|not any experience|"
			+ "without (?:any )?experience|zero experience|first job|never worked|haven'?t worked|have not worked|"
			+ "geen ervaring|nog nooit gewerkt|eerste baan)\\b");

	private static final Pattern UNDER_A_YEAR = Pattern.compile("\\b(?:less than|under|not even|minder dan)\\s+"
			+ "(?:a|one|1|een)\\s+"
			+ "(?:year|jaar)\\b");

	private static final Pattern NONE_WHEN_ASKED = Pattern.compile("^(?:none|no|nope|nothing|zero|nul|geen|not yet|"
			+ "none yet|no experience yet|i'?m a beginner|beginner|starter)\\b");

	private static final Pattern YEARS_AFTER = Pattern.compile("^\\s*\\+?\\s*(?:full |whole )?(?:years?|yrs?|jaar|jaren|y)\\b");

	private static final Pattern MONTHS_AFTER = Pattern.compile("^\\s*\\+?\\s*(?:months?|mnths?|mos|maanden|maand)\\b");

	/** "in a month", "within 2 weeks", "after 3 months": when someone can start, not how long they have worked. */
	private static final Pattern FROM_NOW_BEFORE = Pattern.compile("\\b(?:in|within|after|binnen|over|na)\\s+"
			+ "(?:about\\s+|around\\s+|roughly\\s+|ongeveer\\s+)?$");

	private static final Pattern AGE_AFTER = Pattern.compile("^[^,.;]{0,12}\\b(?:old|of age|oud)\\b");

	private static final Pattern HALF_AFTER = Pattern.compile("^[^,.;]{0,12}\\band a half\\b");

	private static final Pattern EXPERIENCE_CONTEXT = Pattern.compile("\\b(experience|experienced|ervaring|worked|"
			+ "working|driving|drove|as an?|in the|in an?|at an?|doing|werkervaring|gewerkt)\\b");

	private static final Pattern SINCE_YEAR = Pattern.compile("\\b(?:since|sinds|seit|from|vanaf|started in|begonnen in)\\s+"
			+ "((?:19|20)\\d\\d)\\b");

	private YearsOfExperience() {
	}

	/** {@code thisYear} turns "since 2019" into years. */
	static Double read(String lower, boolean asked, int thisYear) {
		if (NONE.matcher(lower).find() || (asked && NONE_WHEN_ASKED.matcher(lower).find())) {
			return 0.0;
		}
		if (UNDER_A_YEAR.matcher(lower).find()) {
			return 0.5;
		}
		Matcher since = SINCE_YEAR.matcher(lower);
		if (since.find() && (asked || EXPERIENCE_CONTEXT.matcher(lower).find())) {
			int years = thisYear - Integer.parseInt(since.group(1));
			if (years >= 0 && years <= 60) {
				return (double) years;
			}
		}
		for (SpokenNumber number : SpokenNumbers.findAll(lower, true)) {
			String after = lower.substring(number.end());
			if (AGE_AFTER.matcher(after).find() || FROM_NOW_BEFORE.matcher(lower.substring(0, number.start())).find()) {
				continue;
			}
			Double years = null;
			if (YEARS_AFTER.matcher(after).find()) {
				years = number.value() + (HALF_AFTER.matcher(after).find() ? 0.5 : 0);
			}
			else if (MONTHS_AFTER.matcher(after).find()) {
				years = Math.round(number.value() / 12 * 10) / 10.0;
			}
			if (years != null && years <= 60 && (asked || EXPERIENCE_CONTEXT.matcher(lower).find())) {
				return years;
			}
		}
		if (asked) {
			return SpokenNumbers.findAll(lower, false)
				.stream()
				.map(SpokenNumber::value)
				.filter((value) -> value <= 60)
				.findFirst()
				.orElse(null);
		}
		return null;
	}

}
