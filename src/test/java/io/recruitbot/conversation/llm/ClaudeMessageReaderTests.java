package io.recruitbot.conversation.llm;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.conversation.understanding.VacancyQuestion;
import io.recruitbot.conversation.understanding.VacancyTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Claude's reading of a message, with WireMock playing the Anthropic Messages API. */
class ClaudeMessageReaderTests {

	static final List<Vacancy> VACANCIES = List.of(
			new Vacancy("truck-driver-rotterdam", "Truck Driver CE", "Rotterdam", 32, 40, 2800, 3400, "EUR", "month",
					true, 1, null, true),
			new Vacancy("barista-utrecht", "Barista", "Utrecht", 16, 32, 14, 16, "EUR", "hour", false, 0, null, true));

	private final WireMockServer anthropic = new WireMockServer(options().dynamicPort());

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final FakeOfflineReader offline = new FakeOfflineReader();

	private ClaudeMessageReader reader;

	@BeforeEach
	void start() {
		this.anthropic.start();
		this.reader = reader(Duration.ofSeconds(8));
	}

	@AfterEach
	void stop() {
		this.anthropic.stop();
	}

	@Test
	void aToolAnswerBecomesTheReadingOfTheMessage() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(AnthropicAnswers.toolUse("""
				{"intent": "APPLY",
				 "facts": {"name": "Sanne de Vries", "city": "Rotterdam", "hoursPerWeek": 32, "yearsExperience": 4.5,
				           "drivingLicense": true, "languages": ["Dutch", "English"]}}""", 900, 120))));

		MessageReading reading = this.reader.read("Ik ben Sanne de Vries uit Rotterdam, 4,5 jaar ervaring, 4 dagen",
				ScreeningField.NAME, VACANCIES);

		assertThat(reading.intent()).isEqualTo(Intent.APPLY);
		assertThat(reading.facts().name()).isEqualTo("Sanne de Vries");
		assertThat(reading.facts().city()).isEqualTo("Rotterdam");
		assertThat(reading.facts().hoursPerWeek()).isEqualTo(32);
		assertThat(reading.facts().yearsExperience()).isEqualTo(4.5);
		assertThat(reading.facts().drivingLicense()).isTrue();
		assertThat(reading.facts().languages()).containsExactly("Dutch", "English");
		assertThat(reading.facts().email()).isNull();
		assertThat(reading.question()).isNull();
		assertThat(this.offline.reads).isZero();
	}

	@Test
	void claudeIsAskedToCallTheReadingToolWithTheKeyAndModel() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(okJson(AnthropicAnswers.toolUse("{\"intent\": \"SMALLTALK\"}", 300, 20))));

		this.reader.read("Hallo!", ScreeningField.CITY, VACANCIES);

		this.anthropic.verify(postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("test-key"))
			.withRequestBody(matchingJsonPath("$.model", equalTo("claude-haiku-4-5")))
			.withRequestBody(matchingJsonPath("$.tools[0].name", equalTo(MessageReadingTool.NAME)))
			.withRequestBody(matchingJsonPath("$.tool_choice", equalToJson("{\"type\": \"any\"}", true, true)))
			.withRequestBody(matchingJsonPath("$.system[0].text", containing("last asked the candidate for: city")))
			.withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo("Hallo!"))));
	}

	@Test
	void aQuestionAboutAKnownVacancyNamesItAndAnUnknownOneDoesNot() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(AnthropicAnswers.toolUse(
				"{\"intent\": \"VACANCY_QUESTION\", \"question\": {\"topic\": \"SALARY\", \"vacancyId\": \"barista-utrecht\"}}",
				300, 30))));
		assertThat(this.reader.read("Wat verdient een barista?", null, VACANCIES).question())
			.isEqualTo(new VacancyQuestion(VacancyTopic.SALARY, "barista-utrecht"));

		this.anthropic.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(AnthropicAnswers.toolUse(
				"{\"intent\": \"VACANCY_QUESTION\", \"question\": {\"topic\": \"HOURS\", \"vacancyId\": \"astronaut\"}}",
				300, 30))));
		assertThat(this.reader.read("Hoeveel uur is de astronaut?", null, VACANCIES).question())
			.isEqualTo(new VacancyQuestion(VacancyTopic.HOURS, null));
	}

	@Test
	void implausibleFactsAreDropped() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(AnthropicAnswers.toolUse(
				"{\"intent\": \"APPLY\", \"facts\": {\"hoursPerWeek\": 400, \"email\": \"not an address\", \"city\": \"  \"}}",
				300, 30))));

		MessageReading reading = this.reader.read("400 uur, geen mail", ScreeningField.HOURS_PER_WEEK, VACANCIES);

		assertThat(reading.facts().hoursPerWeek()).isNull();
		assertThat(reading.facts().email()).isNull();
		assertThat(reading.facts().city()).isNull();
	}

	@Test
	void aServerErrorFallsBackToTheOfflineReader() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"type\": \"error\", \"error\": {\"type\": \"api_error\", \"message\": \"Internal error\"}}")));

		MessageReading reading = this.reader.read("Ik wil solliciteren", null, VACANCIES);

		assertThat(reading).isEqualTo(FakeOfflineReader.READING);
		assertThat(this.offline.reads).isEqualTo(1);
		assertThat(calls("error")).isEqualTo(1);
		this.anthropic.verify(1, postRequestedFor(urlEqualTo("/v1/messages")));
	}

	@Test
	void aSlowAnswerFallsBackToTheOfflineReaderWithinTheTimeout() {
		this.reader = reader(Duration.ofMillis(500));
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(okJson(AnthropicAnswers.toolUse("{\"intent\": \"APPLY\"}", 10, 10)).withFixedDelay(3_000)));
		long started = System.nanoTime();

		MessageReading reading = this.reader.read("Ik wil solliciteren", null, VACANCIES);

		assertThat(reading).isEqualTo(FakeOfflineReader.READING);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
		assertThat(calls("timeout")).isEqualTo(1);
	}

	@Test
	void anAnswerWithoutTheToolFallsBackToTheOfflineReader() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(okJson(AnthropicAnswers.text("The candidate seems to want to apply.", 300, 15))));

		assertThat(this.reader.read("Ik wil solliciteren", null, VACANCIES)).isEqualTo(FakeOfflineReader.READING);
		assertThat(calls("invalid_output")).isEqualTo(1);
	}

	@Test
	void toolArgumentsOutsideTheSchemaFallBackToTheOfflineReader() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(okJson(AnthropicAnswers.toolUse("{\"intent\": \"MAYBE_LATER\"}", 300, 15))));

		assertThat(this.reader.read("Misschien later", null, VACANCIES)).isEqualTo(FakeOfflineReader.READING);
		assertThat(calls("invalid_output")).isEqualTo(1);
	}

	@Test
	void aGarbledResponseBodyFallsBackToTheOfflineReader() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops")));

		assertThat(this.reader.read("Ik wil solliciteren", null, VACANCIES)).isEqualTo(FakeOfflineReader.READING);
		assertThat(this.offline.reads).isEqualTo(1);
	}

	@Test
	void tokensAndTheirCostAreCounted() {
		this.anthropic.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(okJson(AnthropicAnswers.toolUse("{\"intent\": \"SMALLTALK\"}", 1_000, 200))));

		this.reader.read("Dank je!", null, VACANCIES);

		assertThat(this.meters.get("recruitbot.llm.tokens").tag("direction", "input").counter().count()).isEqualTo(1_000);
		assertThat(this.meters.get("recruitbot.llm.tokens").tag("direction", "output").counter().count()).isEqualTo(200);
		// 1,000 x $1 + 200 x $5 per million tokens
		assertThat(this.meters.get("recruitbot.llm.cost").counter().count()).isCloseTo(0.002, offset(1e-9));
		assertThat(calls("success")).isEqualTo(1);
	}

	@Test
	void anEmptyMessageIsNotSentToClaude() {
		assertThat(this.reader.read("  ", ScreeningField.CITY, VACANCIES)).isEqualTo(FakeOfflineReader.READING);
		this.anthropic.verify(0, postRequestedFor(urlEqualTo("/v1/messages")));
	}

	private ClaudeMessageReader reader(Duration timeout) {
		LlmSettings settings = new LlmSettings("test-key", "claude-haiku-4-5", this.anthropic.baseUrl(), null, null,
				timeout, 1.0, 5.0);
		return new ClaudeMessageReader(ClaudeConfiguration.claude(settings), this.offline,
				new MessageReadingTool(JsonMapper.builder().build()), new LlmMetrics(this.meters, settings));
	}

	private double calls(String outcome) {
		var counter = this.meters.find("recruitbot.llm.calls").tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
