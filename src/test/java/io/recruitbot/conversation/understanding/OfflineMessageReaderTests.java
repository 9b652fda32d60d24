package io.recruitbot.conversation.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.recruitbot.candidate.Vacancy;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The offline reader with the real embedding model (loaded once for the class): every persona answer and opening of
 * the screening fixture, its intent cases, and a table of further phrasings ({@code understanding/phrasings.txt}).
 */
class OfflineMessageReaderTests {

	private static OfflineMessageReader reader;

	private static List<Vacancy> vacancies;

	@BeforeAll
	static void loadTheModelOnce() {
		SentenceEmbeddings embeddings = new SentenceEmbeddings();
		reader = new OfflineMessageReader(embeddings, new EmbeddingTextSimilarity(embeddings),
				Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));
		vacancies = UnderstandingFixtures.vacancies();
	}

	@TestFactory
	Stream<DynamicTest> everyPersonaAnswerIsReadForTheFieldAsked() {
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode persona : UnderstandingFixtures.screening().path("personas")) {
			JsonNode expect = persona.path("expect");
			for (Map.Entry<String, JsonNode> answer : persona.path("answers").properties()) {
				ScreeningField field = ScreeningField.byFieldName(answer.getKey()).orElseThrow();
				String text = answer.getValue().asString();
				tests.add(DynamicTest.dynamicTest(persona.path("id").asString() + " answers " + field.fieldName()
						+ " with '" + text + "'", () -> {
					MessageReading reading = reader.read(text, field, vacancies);
					assertThat(reading.intent()).isEqualTo(Intent.APPLY);
					Object value = UnderstandingFixtures.fact(reading.facts(), field);
					assertThat(value).as("%s read from '%s'", field.fieldName(), text).isNotNull();
					assertExpected(expect, field.fieldName(), value);
					if (field == ScreeningField.CONSENT) {
						assertThat(value).isEqualTo(true);
					}
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyPersonaOpeningGivesTheVolunteeredFacts() {
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode persona : UnderstandingFixtures.screening().path("personas")) {
			String opening = persona.path("opening").asString();
			tests.add(DynamicTest.dynamicTest("opening '" + opening + "'", () -> {
				MessageReading reading = reader.read(opening, null, vacancies);
				assertThat(reading.intent()).isIn(Intent.APPLY, Intent.SMALLTALK);
				for (JsonNode volunteered : persona.path("volunteered")) {
					String fieldName = volunteered.asString();
					Object value = UnderstandingFixtures.fact(reading.facts(),
							ScreeningField.byFieldName(fieldName).orElseThrow());
					assertThat(value).as(fieldName).isNotNull();
					assertExpected(persona.path("expect"), fieldName, value);
				}
			}));
		}
		return tests.stream();
	}

	/** STOP and START are WhatsApp's commands in every language: a Dutch conversation stays Dutch after them. */
	@Test
	void aCommandSaysNothingOfTheLanguage() {
		for (String command : List.of("STOP", "START", "stop", "Start")) {
			assertThat(reader.read(command, null, vacancies).language()).as(command).isNull();
		}
	}

	@Test
	void theFixtureIntentCasesAreRoutedAsTheWorkflowNeeds() {
		assertThat(reader.read("Hi", null, vacancies).intent()).isEqualTo(Intent.SMALLTALK);
		assertThat(reader.read("STOP", ScreeningField.CONSENT, vacancies).intent()).isEqualTo(Intent.OPT_OUT);
		assertThat(reader.read("Hello, I want to apply", null, vacancies).intent()).isEqualTo(Intent.APPLY);
		assertThat(reader.read("Can I talk to a real person please?", ScreeningField.CONSENT, vacancies).intent())
			.isEqualTo(Intent.WANTS_HUMAN);
		assertThat(reader.read("Hi, I applied last week", null, vacancies).intent()).isEqualTo(Intent.APPLY);
		assertThat(reader.read("are you hiring?", null, vacancies).intent()).isEqualTo(Intent.APPLY);
		assertThat(reader.read("do you need forklift drivers?", null, vacancies).intent()).isEqualTo(Intent.APPLY);
		assertThat(reader.read("Please delete all my data", ScreeningField.CONSENT, vacancies).intent())
			.isEqualTo(Intent.ERASE_DATA);
		assertThat(reader.read("How much does the forklift driver job in Tilburg pay?", null, vacancies).question())
			.isEqualTo(new VacancyQuestion(VacancyTopic.SALARY, "forklift-tilburg"));
		assertThat(reader.read("What are the hours for the nurse position?", null, vacancies).question())
			.isEqualTo(new VacancyQuestion(VacancyTopic.HOURS, "nurse-utrecht"));
	}

	@TestFactory
	Stream<DynamicTest> furtherPhrasingsAreReadRight() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				getClass().getResourceAsStream("/understanding/phrasings.txt"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\\|", 3);
				ScreeningField asked = columns[0].isBlank() ? null
						: ScreeningField.byFieldName(columns[0].strip()).orElseThrow();
				String text = columns[1].strip();
				String expectations = columns[2].strip();
				tests.add(DynamicTest.dynamicTest("'" + text + "' asked " + columns[0].strip() + " reads " + expectations,
						() -> assertReading(reader.read(text, asked, vacancies), expectations)));
			}
		}
		return tests.stream();
	}

	@Test
	void aVeryLongOrEmptyMessageIsReadSafely() {
		String story = "Hello, my name is Jan de Vries and I have worked in many warehouses across the country. ".repeat(60);
		// a pattern that backtracks without bound would hang on this message, not take a few milliseconds more; how
		// long reading takes is measured by bench/understanding/run.sh
		MessageReading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(story, null, vacancies));
		assertThat(reading.intent()).isEqualTo(Intent.APPLY);
		assertThat(reading.facts().name()).isEqualTo("Jan de Vries");
		assertThat(reader.read(null, ScreeningField.NAME, vacancies).intent()).isEqualTo(Intent.SMALLTALK);
		assertThat(reader.read("   ", null, List.of()).facts()).isEqualTo(ProfileFacts.NONE);
	}

	private static void assertReading(MessageReading reading, String expectations) {
		for (String expectation : expectations.split(";")) {
			String[] pair = expectation.split("=", 2);
			String key = pair[0].strip();
			String expected = pair[1].strip();
			Object actual;
			if (key.equals("intent")) {
				actual = reading.intent();
			}
			else if (key.equals("topic")) {
				actual = (reading.question() != null) ? reading.question().topic() : null;
			}
			else if (key.equals("vacancy")) {
				actual = (reading.question() != null) ? reading.question().vacancyId() : null;
			}
			else {
				actual = UnderstandingFixtures.fact(reading.facts(), ScreeningField.byFieldName(key).orElseThrow());
			}
			assertThat(String.valueOf(actual)).as("%s of %s", key, reading).isEqualToIgnoringCase(expected);
		}
	}

	/** The fixture's matching rules: "~" keys as substring, strings whole, ignoring case; numbers and booleans exact. */
	private static void assertExpected(JsonNode expect, String fieldName, Object value) {
		if (expect.has(fieldName + "~")) {
			assertThat(value.toString()).containsIgnoringCase(expect.path(fieldName + "~").asString());
		}
		else if (expect.has(fieldName)) {
			JsonNode expected = expect.path(fieldName);
			if (expected.isNumber()) {
				assertThat(((Number) value).doubleValue()).isEqualTo(expected.asDouble());
			}
			else if (expected.isBoolean()) {
				assertThat(value).isEqualTo(expected.asBoolean());
			}
			else {
				assertThat(value.toString()).isEqualToIgnoringCase(expected.asString());
			}
		}
	}

}
