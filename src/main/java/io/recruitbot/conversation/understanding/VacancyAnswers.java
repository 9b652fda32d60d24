package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;

import org.springframework.stereotype.Component;

/**
 * Answers a question about a vacancy from the vacancy data, as a short WhatsApp text: the one vacancy asked about,
 * or, when none was identified, a brief overview of the open vacancies on the same topic.
 */
@Component
public class VacancyAnswers {

	/** WhatsApp allows far more, but a reply longer than this is not read on a phone. */
	static final int MAX_LENGTH = 1000;

	private static final Pattern REQUIREMENT_SENTENCE = Pattern.compile("(?i)\\b(required|requires|require|must|"
			+ "certificate|registration|licen[cs]e|diploma|degree|obligatory|needed|verplicht)\\b");

	public String answer(VacancyQuestion question, List<Vacancy> vacancies) {
		VacancyTopic topic = (question != null && question.topic() != null) ? question.topic() : VacancyTopic.GENERAL;
		List<Vacancy> open = (vacancies != null)
				? vacancies.stream().filter((vacancy) -> !Boolean.FALSE.equals(vacancy.active())).toList() : List.of();
		Vacancy asked = (question == null || question.vacancyId() == null) ? null
				: open.stream().filter((vacancy) -> vacancy.id().equals(question.vacancyId())).findFirst().orElse(null);
		String answer = (asked != null) ? about(asked, topic) : overview(open, topic);
		return (answer.length() <= MAX_LENGTH) ? answer : answer.substring(0, MAX_LENGTH - 1) + "…";
	}

	private static String about(Vacancy vacancy, VacancyTopic topic) {
		String job = "The " + vacancy.title() + " job in " + vacancy.city();
		switch (topic) {
			case SALARY:
				return (PayAndHours.salary(vacancy) != null) ? job + " pays " + PayAndHours.salary(vacancy) + "."
						: job + " has no salary listed yet; a recruiter can tell you more.";
			case HOURS:
				return (PayAndHours.hours(vacancy) != null) ? job + " is " + PayAndHours.hours(vacancy) + "."
						: job + " has no fixed hours listed; a recruiter can tell you more.";
			case LOCATION:
				String where = firstSentence(vacancy.description());
				return "The " + vacancy.title() + " job is in " + vacancy.city() + "." + ((where != null) ? " " + where : "");
			case REQUIREMENTS:
				return "For the " + vacancy.title() + " job in " + vacancy.city() + " " + requirements(vacancy);
			case AVAILABILITY:
				return job + " is open now. The start date is agreed with you once you are selected.";
			default:
				return general(vacancy);
		}
	}

	private static String general(Vacancy vacancy) {
		StringBuilder text = new StringBuilder(vacancy.title()).append(" in ").append(vacancy.city());
		List<String> facts = new ArrayList<>();
		if (PayAndHours.hours(vacancy) != null) {
			facts.add(PayAndHours.hours(vacancy));
		}
		if (PayAndHours.salary(vacancy) != null) {
			facts.add(PayAndHours.salary(vacancy));
		}
		if (!facts.isEmpty()) {
			text.append(" (").append(String.join(", ", facts)).append(")");
		}
		text.append(".");
		if (vacancy.description() != null && !vacancy.description().isBlank()) {
			text.append(" ").append(vacancy.description().strip());
		}
		return text.toString();
	}

	private static String requirements(Vacancy vacancy) {
		List<String> needs = new ArrayList<>();
		needs.add(Boolean.TRUE.equals(vacancy.requiresDrivingLicense()) ? "you need a driving licence"
				: "you do not need a driving licence");
		int years = (vacancy.minYearsExperience() != null) ? vacancy.minYearsExperience() : 0;
		needs.add((years == 0) ? "no experience is needed"
				: "at least " + years + ((years == 1) ? " year" : " years") + " of experience is asked");
		String text = String.join(" and ", needs) + ".";
		List<String> mentioned = (vacancy.description() == null) ? List.of()
				: Arrays.stream(vacancy.description().split("(?<=[.!?])\\s+"))
					.filter((sentence) -> REQUIREMENT_SENTENCE.matcher(sentence).find())
					.toList();
		return mentioned.isEmpty() ? text : text + " " + String.join(" ", mentioned);
	}

	private static String overview(List<Vacancy> open, VacancyTopic topic) {
		if (open.isEmpty()) {
			return "We have no open vacancies at the moment. We will gladly keep your details for new jobs.";
		}
		StringBuilder text = new StringBuilder(introduction(topic));
		for (Vacancy vacancy : open) {
			String line = "\n• " + vacancy.title() + ", " + vacancy.city() + ": " + summary(vacancy, topic);
			if (text.length() + line.length() > MAX_LENGTH - 40) {
				break;
			}
			text.append(line);
		}
		return text.append("\nWhich job would you like to know more about?").toString();
	}

	private static String introduction(VacancyTopic topic) {
		switch (topic) {
			case SALARY:
				return "Here is what our open jobs pay:";
			case HOURS:
				return "These are the hours of our open jobs:";
			case LOCATION:
				return "This is where our open jobs are:";
			case REQUIREMENTS:
				return "This is what our open jobs ask for:";
			default:
				return "These are our open jobs:";
		}
	}

	private static String summary(Vacancy vacancy, VacancyTopic topic) {
		switch (topic) {
			case SALARY:
				return (PayAndHours.salary(vacancy) != null) ? PayAndHours.salary(vacancy) : "salary on request";
			case HOURS:
				return (PayAndHours.hours(vacancy) != null) ? PayAndHours.hours(vacancy) : "hours on request";
			case LOCATION:
				return vacancy.city();
			case REQUIREMENTS:
				int years = (vacancy.minYearsExperience() != null) ? vacancy.minYearsExperience() : 0;
				return (Boolean.TRUE.equals(vacancy.requiresDrivingLicense()) ? "driving licence, " : "no licence needed, ")
						+ ((years == 0) ? "no experience needed" : years + "+ years of experience");
			default:
				return (PayAndHours.hours(vacancy) != null) ? PayAndHours.hours(vacancy) : "hours on request";
		}
	}

	private static String firstSentence(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		return description.strip().split("(?<=[.!?])\\s+", 2)[0];
	}

}
