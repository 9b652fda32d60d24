package io.recruitbot.conversation.llm;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.ReadingContext;
import io.recruitbot.conversation.understanding.ReadingContext.Speaker;
import io.recruitbot.conversation.understanding.ReadingContext.Turn;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.system.MovableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reading the dev conversations ({@code conversations-dev.json}, against the six demo vacancies) sends to a model:
 * every candidate message after consent, with the screening question before it and up to six earlier turns, recorded
 * on a stand-in. The request sizes behind the cost figures of docs/llm.md; the context must stay bounded.
 */
class DevConversationsCostTests {

	/** A conservative estimate for JSON and prose in these languages: four characters a token. */
	static final double CHARACTERS_PER_TOKEN = 4.0;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readingADevConversationSendsABoundedContextPerMessage() throws IOException {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		LlmSettings settings = new LlmSettings(null, null, "key", "claude-haiku-4-5", server.baseUrl(), null, null,
				null, 6, Duration.ofSeconds(5), 1000, Duration.ofSeconds(30), Duration.ofMinutes(10), Map.of());
		ModelGuard guard = new ModelGuard(settings, new MovableClock(java.time.Instant.EPOCH));
		try {
			server.stubFor(post(anyUrl()).willReturn(okJson("""
					{"id": "m", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
					 "content": [{"type": "tool_use", "id": "t", "name": "%s", "input": {"intent": "APPLY"}}],
					 "stop_reason": "tool_use", "usage": {"input_tokens": 1, "output_tokens": 1}}"""
				.formatted(MessageReadingTool.NAME))));
			ModelMessageReader reader = new ModelMessageReader(
					new AnthropicProvider(settings).chatModel(RetryAfterHttpClient.builder()), new FakeOfflineReader(),
					new MessageReadingTool(this.json), guard, new LlmMetrics(new SimpleMeterRegistry(), settings),
					new Cities());
			JsonNode conversations = read("conversations/conversations-dev.json").path("conversations");
			List<Vacancy> vacancies = vacancies();
			int messages = 0;
			for (JsonNode conversation : conversations) {
				messages += play(reader, conversation, vacancies);
			}
			List<Integer> sizes = server.findAll(anyRequestedFor(anyUrl()))
				.stream()
				.map((request) -> request.getBodyAsString().length())
				.toList();
			double tokensPerMessage = sizes.stream().mapToInt(Integer::intValue).average().orElseThrow()
					/ CHARACTERS_PER_TOKEN;
			System.out.printf("dev conversations: %d conversations, %d messages read by the model, "
					+ "%.0f input tokens per message (estimated), %.1f messages per conversation%n",
					conversations.size(), messages, tokensPerMessage, (double) messages / conversations.size());
			assertThat(sizes).hasSize(messages);
			assertThat(tokensPerMessage).isBetween(300.0, 2500.0);
		}
		finally {
			guard.close();
			server.stop();
		}
	}

	/** The messages after consent: each step's text, then the answers to the screening questions in order. */
	private int play(ModelMessageReader reader, JsonNode conversation, List<Vacancy> vacancies) {
		List<Turn> turns = new ArrayList<>();
		boolean consented = false;
		int read = 0;
		for (JsonNode step : conversation.path("steps")) {
			if (step.has("say")) {
				if (consented) {
					read(reader, step.path("say").stringValue(), null, turns, vacancies);
					read++;
				}
				turns.add(new Turn(Speaker.CANDIDATE, step.path("say").stringValue()));
				consented |= step.path("check").path("consent").booleanValue(false);
			}
		}
		for (var answer : conversation.path("answers").properties()) {
			ScreeningField field = ScreeningField.byFieldName(answer.getKey()).orElse(null);
			turns.add(new Turn(Speaker.RECRUITER, "Thanks! Next question: what is your " + answer.getKey() + "?"));
			read(reader, answer.getValue().asString(), field, turns, vacancies);
			turns.add(new Turn(Speaker.CANDIDATE, answer.getValue().asString()));
			read++;
		}
		return read;
	}

	private static void read(ModelMessageReader reader, String text, ScreeningField field, List<Turn> turns,
			List<Vacancy> vacancies) {
		List<Turn> recent = turns.subList(Math.max(0, turns.size() - 6), turns.size());
		reader.read(text, field, vacancies, new ReadingContext(true, false, false, recent,
				Map.of("city", "Haarlem", "hoursPerWeek", 24), null));
	}

	private List<Vacancy> vacancies() throws IOException {
		List<Vacancy> vacancies = new ArrayList<>();
		for (JsonNode vacancy : read("conversations/vacancies.json")) {
			vacancies.add(new Vacancy(vacancy.path("id").stringValue(), vacancy.path("title").stringValue(),
					vacancy.path("city").stringValue(), vacancy.path("hoursPerWeekMin").intValue(),
					vacancy.path("hoursPerWeekMax").intValue(), vacancy.path("salaryMin").intValue(),
					vacancy.path("salaryMax").intValue(), vacancy.path("salaryCurrency").stringValue(),
					vacancy.path("salaryPeriod").stringValue(), vacancy.path("requiresDrivingLicense").booleanValue(),
					vacancy.path("minYearsExperience").intValue(), vacancy.path("description").stringValue(), true,
					null));
		}
		return vacancies;
	}

	private JsonNode read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return this.json.readTree(in);
		}
	}

}
