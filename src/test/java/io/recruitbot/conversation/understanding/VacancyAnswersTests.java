package io.recruitbot.conversation.understanding;

import java.util.List;

import io.recruitbot.candidate.Vacancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers to vacancy questions from the vacancy fixture, one per topic, for one vacancy and as an overview. */
class VacancyAnswersTests {

	private final VacancyAnswers answers = new VacancyAnswers();

	private final List<Vacancy> vacancies = UnderstandingFixtures.vacancies();

	private String answer(VacancyTopic topic, String vacancyId) {
		String answer = this.answers.answer(new VacancyQuestion(topic, vacancyId), this.vacancies);
		assertThat(answer).hasSizeLessThan(VacancyAnswers.MAX_LENGTH + 1);
		return answer;
	}

	@Test
	void theSalaryIsTheRangeWithCurrencyAndPeriod() {
		assertThat(answer(VacancyTopic.SALARY, "forklift-tilburg"))
			.isEqualTo("The Forklift Driver job in Tilburg pays €2,700 to €3,100 a month.");
	}

	@Test
	void theHoursAreTheWeeklyRangeOrTheFixedNumber() {
		assertThat(answer(VacancyTopic.HOURS, "nurse-utrecht"))
			.isEqualTo("The Registered Nurse job in Utrecht is 24 to 36 hours a week.");
		assertThat(answer(VacancyTopic.HOURS, "forklift-tilburg")).contains("40 hours a week").doesNotContain("40 to 40");
	}

	@Test
	void theLocationIsTheCityWithTheDescriptionsFirstSentence() {
		assertThat(answer(VacancyTopic.LOCATION, "warehouse-rotterdam")).isEqualTo("The Warehouse Worker job is in "
				+ "Rotterdam. Order picking and packing in a modern e-commerce warehouse in Rotterdam-Waalhaven.");
	}

	@Test
	void theRequirementsAreLicenceExperienceAndWhatTheDescriptionRequires() {
		assertThat(answer(VacancyTopic.REQUIREMENTS, "truck-driver-venlo")).contains("you need a driving licence")
			.contains("at least 2 years of experience")
			.contains("CE licence and code 95 required.");
		assertThat(answer(VacancyTopic.REQUIREMENTS, "warehouse-rotterdam"))
			.contains("you do not need a driving licence")
			.contains("no experience is needed");
	}

	@Test
	void theStartIsAgreedOnceSelected() {
		assertThat(answer(VacancyTopic.AVAILABILITY, "java-developer-eindhoven"))
			.startsWith("The Java Developer job in Eindhoven is open now.");
	}

	@Test
	void aGeneralQuestionGetsTheVacancyInBrief() {
		assertThat(answer(VacancyTopic.GENERAL, "customer-service-amsterdam"))
			.startsWith("Customer Service Agent in Amsterdam (24 to 40 hours a week, €2,600 to €3,000 a month).")
			.contains("energy supplier");
	}

	@Test
	void withoutAVacancyTheOpenVacanciesAreListedForTheTopic() {
		String overview = answer(VacancyTopic.SALARY, null);
		assertThat(overview).startsWith("Here is what our open jobs pay:")
			.contains("• Truck Driver CE, Venlo: €3,000 to €3,500 a month")
			.contains("• Java Developer, Eindhoven: €4,200 to €5,800 a month")
			.endsWith("Which job would you like to know more about?");
		assertThat(answer(VacancyTopic.REQUIREMENTS, null)).contains("• Truck Driver CE, Venlo: driving licence, 2+ years");
	}

	@Test
	void inactiveVacanciesAreNeitherAnsweredNorListed() {
		Vacancy closed = new Vacancy("closed-job", "Baker", "Delft", 20, 30, 2000, 2200, "EUR", "month", false, 0,
				"Bread.", false);
		assertThat(this.answers.answer(new VacancyQuestion(VacancyTopic.SALARY, "closed-job"), List.of(closed)))
			.isEqualTo("We have no open vacancies at the moment. We will gladly keep your details for new jobs.");
	}

	@Test
	void aVacancyWithoutSalaryOrHoursSaysSoPolitely() {
		Vacancy sparse = new Vacancy("sparse", "Cleaner", "Delft", null, null, null, null, "EUR", "hour", false, 0, null,
				true);
		assertThat(this.answers.answer(new VacancyQuestion(VacancyTopic.SALARY, "sparse"), List.of(sparse)))
			.isEqualTo("The Cleaner job in Delft has no salary listed yet; a recruiter can tell you more.");
		assertThat(this.answers.answer(new VacancyQuestion(VacancyTopic.HOURS, "sparse"), List.of(sparse)))
			.contains("no fixed hours listed");
	}

	@Test
	void hourlyPayInAnotherCurrencyIsWrittenThatWay() {
		Vacancy hourly = new Vacancy("hourly", "Picker", "Aachen", 20, 40, 15, 18, "CHF", "hour", false, 0, null, true);
		assertThat(this.answers.answer(new VacancyQuestion(VacancyTopic.SALARY, "hourly"), List.of(hourly)))
			.isEqualTo("The Picker job in Aachen pays CHF 15 to CHF 18 an hour.");
	}

}
