package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.recruitbot.candidate.Vacancy;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the offline reader must understand in every supported language. Each language's subclass gives its own
 * phrasings (never the fixture's sentences): a clear yes and no, what is neither, the intents, the facts and the
 * corrections. A new language in {@code understanding/supported-languages.txt} gets a subclass of its own.
 */
abstract class LanguageUnderstandingContract {

	/** A message, the field asked when it was sent (null for none), and the fact it must give. */
	record Fact(ScreeningField asked, String text, ScreeningField field, Object expected) {
	}

	private final OfflineMessageReader reader = UnderstandingFixtures.reader();

	private final List<Vacancy> vacancies = UnderstandingFixtures.vacancies();

	/** The ISO code the messages of this language are read as. */
	abstract String language();

	abstract List<String> clearYes();

	abstract List<String> clearNo();

	/** Questions, facts and corrections sent in answer to the consent question: no yes and no no. */
	abstract List<String> neitherYesNorNo();

	/** Ordinary messages long enough to show the language. */
	abstract List<String> messagesInTheLanguage();

	abstract List<String> erasureRequests();

	abstract List<String> optOuts();

	abstract List<String> requestsForAPerson();

	abstract Map<String, VacancyTopic> vacancyQuestions();

	/** Questions the vacancy data cannot answer: kept for the recruiter, never read as a fact. */
	abstract List<String> otherQuestions();

	abstract List<Fact> facts();

	/** Messages that correct an earlier answer, with the new value. */
	abstract List<Fact> corrections();

	@TestFactory
	Stream<DynamicTest> aClearYesGivesConsentAndConfirmsAnErasure() {
		return agreements(clearYes(), Boolean.TRUE);
	}

	@TestFactory
	Stream<DynamicTest> aClearNoDeclines() {
		return agreements(clearNo(), Boolean.FALSE);
	}

	@TestFactory
	Stream<DynamicTest> aQuestionAFactOrACorrectionIsNeitherYesNorNo() {
		return agreements(neitherYesNorNo(), null);
	}

	/** Each text read as the answer to consent and to an erasure confirmation gives {@code expected}. */
	private Stream<DynamicTest> agreements(List<String> texts, Boolean expected) {
		return texts.stream().map((text) -> DynamicTest.dynamicTest("'" + text + "' answers " + expected, () -> {
			MessageReading consent = this.reader.read(text, ScreeningField.CONSENT, this.vacancies);
			assertThat(consent.agreement()).as("agreement to consent in %s", consent).isEqualTo(expected);
			assertThat(consent.facts().consent()).isEqualTo(expected);
			assertThat(this.reader.read(text, ScreeningField.ERASURE_CONFIRMATION, this.vacancies).agreement())
				.as("erasure confirmed").isEqualTo(expected);
		}));
	}

	@TestFactory
	Stream<DynamicTest> aMessageShowsItsLanguage() {
		return messagesInTheLanguage().stream().map((text) -> DynamicTest.dynamicTest("'" + text + "' is "
				+ language(), () -> assertThat(this.reader.read(text, null, this.vacancies).language()).isEqualTo(language())));
	}

	@TestFactory
	Stream<DynamicTest> aRequestToDeleteOnesDataIsAnErasure() {
		return intents(erasureRequests(), Intent.ERASE_DATA);
	}

	@TestFactory
	Stream<DynamicTest> stopWordsOptOut() {
		return intents(optOuts(), Intent.OPT_OUT);
	}

	@TestFactory
	Stream<DynamicTest> askingForAPersonHandsOff() {
		return intents(requestsForAPerson(), Intent.WANTS_HUMAN);
	}

	@TestFactory
	Stream<DynamicTest> aQuestionAboutTheJobIsAVacancyQuestionWithItsTopic() {
		return vacancyQuestions().entrySet().stream().map((question) -> DynamicTest.dynamicTest("'" + question.getKey()
				+ "' asks about " + question.getValue(), () -> {
					MessageReading reading = this.reader.read(question.getKey(), ScreeningField.HOURS_PER_WEEK,
							this.vacancies);
					assertThat(reading.intent()).as("%s", reading).isEqualTo(Intent.VACANCY_QUESTION);
					assertThat(reading.question().topic()).isEqualTo(question.getValue());
				}));
	}

	@TestFactory
	Stream<DynamicTest> aQuestionTheVacancyCannotAnswerIsNeverAFact() {
		return otherQuestions().stream().map((text) -> DynamicTest.dynamicTest("'" + text + "' is another question", () -> {
			MessageReading reading = this.reader.read(text, ScreeningField.AVAILABILITY, this.vacancies);
			assertThat(reading.intent()).as("%s", reading).isEqualTo(Intent.OTHER_QUESTION);
			assertThat(reading.facts()).isEqualTo(ProfileFacts.NONE);
		}));
	}

	@TestFactory
	Stream<DynamicTest> factsAreReadWhereverTheyAreSaid() {
		return facts().stream().map((fact) -> DynamicTest.dynamicTest("'" + fact.text() + "' gives "
				+ fact.field().fieldName() + " " + fact.expected(), () -> {
					MessageReading reading = this.reader.read(fact.text(), fact.asked(), this.vacancies);
					assertThat(UnderstandingFixtures.fact(reading.facts(), fact.field())).as("%s", reading)
						.isEqualTo(fact.expected());
				}));
	}

	@TestFactory
	Stream<DynamicTest> aCorrectionCarriesTheNewValue() {
		return corrections().stream().map((fact) -> DynamicTest.dynamicTest("'" + fact.text() + "' corrects "
				+ fact.field().fieldName() + " to " + fact.expected(), () -> {
					MessageReading reading = this.reader.read(fact.text(), fact.asked(), this.vacancies);
					assertThat(reading.correction()).as("correction in %s", reading).isTrue();
					assertThat(UnderstandingFixtures.fact(reading.facts(), fact.field())).as("%s", reading)
						.isEqualTo(fact.expected());
				}));
	}

	@Test
	void theLanguageIsSupported() {
		assertThat(SupportedLanguages.codes()).contains(language());
	}

	private Stream<DynamicTest> intents(List<String> texts, Intent intent) {
		return texts.stream().map((text) -> DynamicTest.dynamicTest("'" + text + "' is " + intent, () -> {
			MessageReading reading = this.reader.read(text, ScreeningField.CITY, this.vacancies);
			assertThat(reading.intent()).as("%s", reading).isEqualTo(intent);
		}));
	}

	static Fact fact(ScreeningField asked, String text, ScreeningField field, Object expected) {
		return new Fact(asked, text, field, expected);
	}

}
