package io.recruitbot.conversation.understanding;

import java.text.NumberFormat;
import java.util.Locale;

import io.recruitbot.candidate.Vacancy;

/** A vacancy's pay and hours as a candidate reads them: "€2,700 to €3,100 a month", "24 to 36 hours a week". */
final class PayAndHours {

	private PayAndHours() {
	}

	/** "€2,700 to €3,100 a month", or null when the vacancy lists no salary. */
	static String salary(Vacancy vacancy) {
		Integer min = vacancy.salaryMin();
		Integer max = vacancy.salaryMax();
		if (min == null && max == null) {
			return null;
		}
		String currency = currency(vacancy.salaryCurrency());
		String period = " " + period(vacancy.salaryPeriod());
		if (min == null) {
			return "up to " + currency + amount(max) + period;
		}
		if (max == null || min.equals(max)) {
			return ((max == null) ? "from " : "") + currency + amount(min) + period;
		}
		return currency + amount(min) + " to " + currency + amount(max) + period;
	}

	/** "24 to 36 hours a week", or null when the vacancy lists no hours. */
	static String hours(Vacancy vacancy) {
		Integer min = vacancy.hoursPerWeekMin();
		Integer max = vacancy.hoursPerWeekMax();
		if (min == null && max == null) {
			return null;
		}
		if (min == null) {
			return "up to " + max + " hours a week";
		}
		if (max == null) {
			return "at least " + min + " hours a week";
		}
		return (min.equals(max) ? min.toString() : min + " to " + max) + " hours a week";
	}

	private static String currency(String code) {
		if (code == null || code.equals("EUR")) {
			return "€";
		}
		switch (code) {
			case "USD":
				return "$";
			case "GBP":
				return "£";
			default:
				return code + " ";
		}
	}

	private static String period(String period) {
		if (period == null) {
			return "a month";
		}
		return switch (period) {
			case "hour" -> "an hour";
			case "week" -> "a week";
			case "year" -> "a year";
			default -> "a month";
		};
	}

	private static String amount(int value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

}
