package io.recruitbot.conversation.understanding;

import java.util.regex.Pattern;

import io.recruitbot.conversation.understanding.SpokenNumbers.SpokenNumber;

/**
 * Hours per week in any supported language: "40 hours", "40 Stunden", "full time" / "voltijd" / "Vollzeit" / "pełny
 * etat" (40), "3 days a week" / "drie dagen per week" (a day is 8 hours, as the contract says), "part-time, around 24
 * hours" (24). Of a range ("30-40 hours") the upper bound counts: it is what the candidate can offer. "part time"
 * without a number is read as 24 hours, the usual Dutch part-time contract.
 */
final class WeeklyHours {

	private static final Phrasebook PHRASES = Phrasebook.all();

	private static final Pattern FULL_TIME = PHRASES.pattern("full-time");

	private static final Pattern WEEKENDS_ONLY = PHRASES.pattern("weekends-only");

	private static final Pattern HALF_TIME = PHRASES.pattern("half-time");

	private static final Pattern PART_TIME = PHRASES.pattern("part-time");

	private static final Pattern HOURS_AFTER = Pattern.compile("^\\s*" + PHRASES.alternation("hours-unit")
			+ "(?![\\p{L}\\p{N}])");

	private static final Pattern DAYS_AFTER = Pattern.compile("^\\s*" + PHRASES.alternation("days-unit")
			+ "(?![\\p{L}\\p{N}])");

	private static final Pattern PER_WEEK = Pattern.compile(PHRASES.pattern("per-week").pattern()
			+ "|(?<![\\p{L}])(?:work|werk|werken|arbeiten|pracowac)(?![\\p{L}])");

	private WeeklyHours() {
	}

	/** Reads the folded text; {@code corrected} takes "make that 24 hours" without "a week". */
	static Integer read(String plain, boolean asked, boolean corrected) {
		boolean perWeek = asked || corrected || PER_WEEK.matcher(plain).find();
		Integer stated = null;
		for (SpokenNumber number : SpokenNumbers.findAll(plain, false)) {
			String after = plain.substring(number.end());
			int value = (int) Math.round(number.value());
			if (HOURS_AFTER.matcher(after).find() && value >= 1 && value <= 80 && perWeek) {
				stated = (stated == null) ? value : Math.max(stated, value);
			}
			else if (DAYS_AFTER.matcher(after).find() && value >= 1 && value <= 7 && perWeek) {
				stated = (stated == null) ? value * 8 : Math.max(stated, value * 8);
			}
		}
		if (stated != null) {
			return stated;
		}
		if (FULL_TIME.matcher(plain).find()) {
			return 40;
		}
		if (HALF_TIME.matcher(plain).find()) {
			return 20;
		}
		if (WEEKENDS_ONLY.matcher(plain).find()) {
			return 16;
		}
		if (asked) {
			Integer bare = SpokenNumbers.findAll(plain, false)
				.stream()
				.map((number) -> (int) Math.round(number.value()))
				.filter((value) -> value >= 1 && value <= 80)
				.reduce(Math::max)
				.orElse(null);
			if (bare != null) {
				return bare;
			}
			return PART_TIME.matcher(plain).find() ? 24 : null;
		}
		return null;
	}

}
