package io.recruitbot.conversation.understanding;

import java.util.regex.Pattern;

import io.recruitbot.conversation.understanding.SpokenNumbers.SpokenNumber;

/**
 * Hours per week: "40 hours", "full time" (40), "3 days a week" (a day is 8 hours, as the contract says),
 * "part-time, around 24 hours" (24). Of a range ("30-40 hours") the upper bound counts: it is what the candidate
 * can offer. "part time" without a number is read as 24 hours, the usual Dutch part-time contract.
 */
final class WeeklyHours {

	private static final Pattern FULL_TIME = Pattern.compile("\\b(full[- ]?time|fulltime|voltijd|full week|"
			+ "hele week|vollzeit|as (?:many|much) as possible|(?:the )?max(?:imum)?)\\b");

	private static final Pattern WEEKENDS_ONLY = Pattern.compile("\\b(?:only (?:in )?(?:the )?weekends?|weekends? only|"
			+ "alleen (?:in het )?weekend)\\b");

	private static final Pattern HALF_TIME = Pattern.compile("\\b(half[- ]?time|halftime|halve week)\\b");

	private static final Pattern PART_TIME = Pattern.compile("\\b(part[- ]?time|parttime|deeltijd|teilzeit)\\b");

	private static final Pattern HOURS_AFTER = Pattern.compile("^\\s*(?:hours?|hrs?|uur|uren|h|u|stunden)\\b");

	private static final Pattern DAYS_AFTER = Pattern.compile("^\\s*(?:days?|dagen|dag|tage)\\b");

	private static final Pattern PER_WEEK = Pattern.compile("\\b(a|per|each|every|in a|in de|p/?)\\s*(week|wk)\\b|"
			+ "\\bweekly\\b|\\bpw\\b|\\bwork\\b");

	private WeeklyHours() {
	}

	static Integer read(String lower, boolean asked) {
		boolean perWeek = asked || PER_WEEK.matcher(lower).find();
		Integer stated = null;
		for (SpokenNumber number : SpokenNumbers.findAll(lower, false)) {
			String after = lower.substring(number.end());
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
		if (FULL_TIME.matcher(lower).find()) {
			return 40;
		}
		if (HALF_TIME.matcher(lower).find()) {
			return 20;
		}
		if (WEEKENDS_ONLY.matcher(lower).find()) {
			return 16;
		}
		if (asked) {
			Integer bare = SpokenNumbers.findAll(lower, false)
				.stream()
				.map((number) -> (int) Math.round(number.value()))
				.filter((value) -> value >= 1 && value <= 80)
				.reduce(Math::max)
				.orElse(null);
			if (bare != null) {
				return bare;
			}
			return PART_TIME.matcher(lower).find() ? 24 : null;
		}
		return null;
	}

}
