package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.VacancyTopic;

import org.springframework.stereotype.Component;

/**
 * Answers a question about a job from the vacancy data, in the candidate's language: about the vacancy in play when
 * there is one, else a short overview of the open vacancies on the same topic. Titles, places and the description's
 * requirement sentences are the vacancy's own words.
 */
@Component
class JobAnswers {

	/** WhatsApp allows far more, but a reply longer than this is not read on a phone. */
	static final int MAX_LENGTH = 1000;

	private static final Pattern REQUIREMENT_SENTENCE = Pattern.compile("(?i)\\b(required|requires|must|"
			+ "certificate|registration|diploma|degree|verplicht|erforderlich)\\b");

	private final ScreeningScript script;

	JobAnswers(ScreeningScript script) {
		this.script = script;
	}

	String answer(ScreeningState state, VacancyTopic topic, Vacancy inPlay, List<Vacancy> open) {
		String answer = (inPlay != null) ? about(state, inPlay, topic) : overview(state, open, topic);
		return (answer.length() <= MAX_LENGTH) ? answer : answer.substring(0, MAX_LENGTH - 1) + "…";
	}

	private String about(ScreeningState state, Vacancy job, VacancyTopic topic) {
		return switch (topic) {
			case SALARY -> pay(state, job, "job.pay");
			case HOURS -> hours(state, job, "job.hours");
			case LOCATION -> this.script.text(state, "job.place", job.title(), job.city());
			case REQUIREMENTS -> this.script.text(state, "job.requirements", job.title(), job.city(),
					requirements(state, job));
			case AVAILABILITY -> this.script.text(state, "job.start", job.title(), job.city());
			default -> this.script.text(state, "job.general", job.title(), job.city(), summary(state, job, topic));
		};
	}

	private String overview(ScreeningState state, List<Vacancy> open, VacancyTopic topic) {
		if (open.isEmpty()) {
			return this.script.text(state, "jobs.none");
		}
		StringBuilder text = new StringBuilder(this.script.text(state, "jobs." + topic.name()));
		for (Vacancy job : open) {
			String line = "\n• " + this.script.text(state, "job.general", job.title(), job.city(),
					summary(state, job, topic));
			if (text.length() + line.length() > MAX_LENGTH - 80) {
				break;
			}
			text.append(line);
		}
		return text.append('\n').append(this.script.text(state, "jobs.which")).toString();
	}

	private String summary(ScreeningState state, Vacancy job, VacancyTopic topic) {
		return switch (topic) {
			case SALARY -> pay(state, job, "job.pay.short");
			case LOCATION -> job.city();
			case REQUIREMENTS -> requirements(state, job);
			default -> String.join(", ", List.of(hours(state, job, "job.hours.short"), pay(state, job, "job.pay.short")));
		};
	}

	/** {@code job.pay} names the job; {@code job.pay.short} is the amounts alone. */
	private String pay(ScreeningState state, Vacancy job, String key) {
		boolean whole = key.equals("job.pay");
		if (job.salaryMin() == null && job.salaryMax() == null) {
			return this.script.text(state, whole ? "job.pay.unknown" : "job.hours.unknown", job.title(), job.city());
		}
		int low = (job.salaryMin() != null) ? job.salaryMin() : job.salaryMax();
		int high = (job.salaryMax() != null) ? job.salaryMax() : low;
		String symbol = symbol(job.salaryCurrency(), state.language());
		String period = this.script.text(state, "period." + ((job.salaryPeriod() != null) ? job.salaryPeriod() : "month"));
		if (!whole) {
			return this.script.text(state, key, low, high, symbol, period);
		}
		return (low == high) ? this.script.text(state, "job.pay.fixed", job.title(), job.city(), low, null, symbol, period)
				: this.script.text(state, key, job.title(), job.city(), low, high, symbol, period);
	}

	/** {@code job.hours} names the job; {@code job.hours.short} is the hours alone. */
	private String hours(ScreeningState state, Vacancy job, String key) {
		Integer low = (job.hoursPerWeekMin() != null) ? job.hoursPerWeekMin() : job.hoursPerWeekMax();
		Integer high = (job.hoursPerWeekMax() != null) ? job.hoursPerWeekMax() : low;
		boolean whole = key.equals("job.hours");
		if (low == null) {
			return this.script.text(state, "job.hours.unknown", job.title(), job.city());
		}
		String fixed = low.equals(high) ? ".fixed" : "";
		return whole ? this.script.text(state, key + fixed, job.title(), job.city(), low, high)
				: this.script.text(state, key + fixed, low, high);
	}

	private String requirements(ScreeningState state, Vacancy job) {
		List<String> needs = new ArrayList<>();
		needs.add(this.script.text(state, Boolean.TRUE.equals(job.requiresDrivingLicense()) ? "requirement.licence"
				: "requirement.no-licence"));
		int years = (job.minYearsExperience() != null) ? job.minYearsExperience() : 0;
		needs.add((years == 0) ? this.script.text(state, "requirement.no-experience")
				: this.script.text(state, "requirement.experience", years));
		if (job.description() != null) {
			Arrays.stream(job.description().split("(?<=[.!?])\\s+"))
				.filter((sentence) -> REQUIREMENT_SENTENCE.matcher(sentence).find())
				.map((sentence) -> sentence.strip().replaceAll("[.!?]+$", ""))
				.forEach(needs::add);
		}
		return String.join(", ", needs);
	}

	private static String symbol(String currency, String language) {
		try {
			return Currency.getInstance((currency != null) ? currency : "EUR").getSymbol(Locale.forLanguageTag(language));
		}
		catch (IllegalArgumentException ex) {
			return currency + " ";
		}
	}

}
