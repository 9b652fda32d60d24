package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Map;

import static io.recruitbot.conversation.understanding.ScreeningField.AVAILABILITY;
import static io.recruitbot.conversation.understanding.ScreeningField.CITY;
import static io.recruitbot.conversation.understanding.ScreeningField.DESIRED_ROLE;
import static io.recruitbot.conversation.understanding.ScreeningField.DRIVING_LICENSE;
import static io.recruitbot.conversation.understanding.ScreeningField.EMAIL;
import static io.recruitbot.conversation.understanding.ScreeningField.HOURS_PER_WEEK;
import static io.recruitbot.conversation.understanding.ScreeningField.NAME;
import static io.recruitbot.conversation.understanding.ScreeningField.WORK_PERMIT;
import static io.recruitbot.conversation.understanding.ScreeningField.YEARS_EXPERIENCE;

/** English, as candidates write it. */
class EnglishUnderstandingTests extends LanguageUnderstandingContract {

	@Override
	String language() {
		return "en";
	}

	@Override
	List<String> clearYes() {
		return List.of("ok that sounds good, yes you can keep my details", "fine, go ahead and use my information",
				"Yes, I agree", "yesss", "yeah sure", "Sure thing!", "okay", "ok 👍", "sounds good to me",
				"of course, go ahead", "I don't mind at all", "no problem at all", "Absolutely", "👌");
	}

	@Override
	List<String> clearNo() {
		return List.of("no, don't keep my details", "No thanks", "nope", "nah I'd rather not", "I do not agree", "No, I don't want that",
				"not interested");
	}

	@Override
	List<String> neitherYesNorNo() {
		return List.of("can you use my details for other jobs too", "don't keep my details",
				"what will you do with my details?", "I could start on Tuesday", "I live in Delft",
				"sorry, I meant Leiden not Delft", "no, I am from Breda", "maybe later", "hello", "ok but why?",
				"yes, actually my email is tom@example.org", "I start next week");
	}

	@Override
	List<String> messagesInTheLanguage() {
		return List.of("I would like to apply for the job", "How much do you pay per hour?", "yes please",
				"I have worked in a warehouse for three years", "can I talk to someone");
	}

	@Override
	List<String> erasureRequests() {
		return List.of("please wipe my personal data", "I want you to delete all my information",
				"remove my profile and details please");
	}

	@Override
	List<String> optOuts() {
		return List.of("I don't want to be contacted anymore", 
				"STOP", "Unsubscribe", "please stop texting me", "don't message me again");
	}

	@Override
	List<String> requestsForAPerson() {
		return List.of("can I get a human on the line?", 
				"is there someone I can talk to?", "could you give me a call?", 
				"I'd like to speak with a real human", "can someone call me back", "recruiter please");
	}

	@Override
	Map<String, VacancyTopic> vacancyQuestions() {
		return Map.of("what's the hourly wage?", VacancyTopic.SALARY, "how many shifts a week?", VacancyTopic.HOURS,
				"where exactly is the warehouse?", VacancyTopic.LOCATION, "do I need any certificates?",
				VacancyTopic.REQUIREMENTS, "when would the job start?", VacancyTopic.AVAILABILITY);
	}

	@Override
	List<String> otherQuestions() {
		return List.of("can I bring my cat to work?", "do you help with visa sponsorship?",
				"is there somewhere to park my car?", "is housing provided?");
	}

	@Override
	List<Fact> facts() {
		return List.of(fact(null, "Hi, I'm Ben and I'm looking for work", NAME, null),
				fact(null, "Hi, I'm Ben Walker and I'm looking for work", NAME, "Ben Walker"),
				fact(null, "I've lived in Utrecht for 4 years", YEARS_EXPERIENCE, null),
				fact(null, "I've been living here since 2018", YEARS_EXPERIENCE, null),
				fact(YEARS_EXPERIENCE, "about a year", YEARS_EXPERIENCE, 1.0),
				// the category beside the trade is a licence; the trade alone says nothing
				fact(null, "I'm a C+E driver looking for work", DRIVING_LICENSE, true),
				fact(null, "I worked as a driver for a bakery", DRIVING_LICENSE, null),
				fact(null, "are you looking for nurses?", DESIRED_ROLE, "nurse"),
				fact(null, "do you need forklift drivers?", DESIRED_ROLE, "forklift driver"),
				fact(null, "Hello, I'm a java dev with 6 years of experience (spring, kafka)", DESIRED_ROLE,
						"java developer"),
				fact(null, "Hey, Sam Okafor here, living in Zwolle", NAME, "Sam Okafor"),
				fact(null, "Hey, Sam Okafor here, living in Zwolle", CITY, "Zwolle"),
				fact(null, "Hi, my name is Tom Baker, 29 years, 6 years in a warehouse", YEARS_EXPERIENCE, 6.0),
				// too few years to be an age
				fact(null, "Hi, my name is Tom Baker, 6 years, worked in a warehouse", YEARS_EXPERIENCE, 6.0),
				fact(CITY, "groningen", CITY, "Groningen"), fact(CITY, "i live in amstelveen", CITY, "Amstelveen"),
				fact(CITY, "Eindhovn", CITY, "Eindhoven"),
				fact(YEARS_EXPERIENCE, "seven years more or less", YEARS_EXPERIENCE, 7.0),
				fact(YEARS_EXPERIENCE, "none, this would be my first job", YEARS_EXPERIENCE, 0.0),
				fact(HOURS_PER_WEEK, "fulltime please", HOURS_PER_WEEK, 40),
				fact(HOURS_PER_WEEK, "two days a week", HOURS_PER_WEEK, 16),
				fact(AVAILABILITY, "from the first of March", AVAILABILITY, "from the first of March"),
				fact(null, "I'm an EU citizen but I have no driving licence", WORK_PERMIT, true),
				fact(null, "I'm an EU citizen but I have no driving licence", DRIVING_LICENSE, false),
				fact(DRIVING_LICENSE, "yep, category B", DRIVING_LICENSE, true),
				fact(DRIVING_LICENSE, "no, only a forklift licence", DRIVING_LICENSE, false),
				fact(null, "looking for a job as a truck driver, got my CE and code 95", DRIVING_LICENSE, true),
				fact(HOURS_PER_WEEK, "Monday to Friday", HOURS_PER_WEEK, 40),
				fact(NAME, "Name: Chloe Martin, I live in Amersfoort, 5 years on a surgical ward", YEARS_EXPERIENCE, 5.0),
				fact(EMAIL, "it's priya.k@example.com", EMAIL, "priya.k@example.com"));
	}

	@Override
	List<Fact> corrections() {
		return List.of(fact(null, "sorry, I meant 32 hours", HOURS_PER_WEEK, 32),
				fact(CITY, "actually I live in Gouda, not Utrecht", CITY, "Gouda"),
				fact(null, "wait no, 3 years not 5", YEARS_EXPERIENCE, 3.0),
				fact(null, "please change my email to new.mail@example.com instead", EMAIL, "new.mail@example.com"));
	}

}
