package io.recruitbot.conversation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ScreeningField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * A language model that reads as well as our offline reader, for WireMock: it takes what a real model gets (the
 * candidate's message, the field last asked and the open vacancies, from the request the provider sends), reads the
 * message with the offline reader, and calls the offered tool with that reading, in the provider's own response
 * format. The correct answer, so a test can show the whole pipeline works with a model that reads well.
 */
final class ScriptedModel implements ResponseDefinitionTransformerV2 {

	private static final Pattern ASKED = Pattern.compile("last asked the candidate for: (\\w+)\\.");

	private static final Pattern VACANCY = Pattern.compile("(?m)^- ([^:\\s]+): ");

	/** Not in the tool's schema: consent is always the offline reader's. */
	private static final Set<String> NOT_IN_THE_TOOL = Set.of("consent");

	private final Dialect dialect;

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile MessageReader reader;

	private volatile VacancyRepository vacancies;

	ScriptedModel(Dialect dialect) {
		this.dialect = dialect;
	}

	/** The script: the reader that reads, and where the vacancies the request names are described in full. */
	void readsWith(MessageReader reader, VacancyRepository vacancies) {
		this.reader = reader;
		this.vacancies = vacancies;
	}

	@Override
	public String getName() {
		return "scripted-model";
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		JsonNode request = this.json.readTree(event.getRequest().getBodyAsString());
		String system = this.dialect.system(request);
		Matcher asked = ASKED.matcher(system);
		ScreeningField field = asked.find() ? ScreeningField.byFieldName(asked.group(1)).orElse(null) : null;
		MessageReading reading = this.reader.read(this.dialect.message(request), field, named(system));
		return okJson(this.dialect.toolCall(this.json, this.dialect.toolName(request), arguments(reading)).toString())
			.build();
	}

	/** The vacancies the system prompt lists, as the service knows them. */
	private List<Vacancy> named(String system) {
		Set<String> ids = VACANCY.matcher(system).results().map((match) -> match.group(1)).collect(Collectors.toSet());
		return this.vacancies.findActive().stream().filter((vacancy) -> ids.contains(vacancy.id())).toList();
	}

	/** The reading as the tool's JSON schema has it: what the message does not say is left out. */
	private ObjectNode arguments(MessageReading reading) {
		ObjectNode arguments = this.json.createObjectNode();
		arguments.put("intent", reading.intent().name());
		arguments.set("facts", withoutNulls(this.json.valueToTree(reading.facts())));
		if (reading.question() != null) {
			arguments.set("question", withoutNulls(this.json.valueToTree(reading.question())));
		}
		if (reading.language() != null) {
			arguments.put("language", reading.language());
		}
		arguments.put("correction", reading.correction());
		return arguments;
	}

	private static ObjectNode withoutNulls(ObjectNode node) {
		node.properties().removeIf((field) -> field.getValue().isNull() || NOT_IN_THE_TOOL.contains(field.getKey()));
		return node;
	}

	/** Where a provider's request keeps the prompt, the message and the tool, and how its answer is shaped. */
	enum Dialect {

		/** Anthropic's Messages API: {@code system}, content blocks, a {@code tool_use} block in the answer. */
		ANTHROPIC {
			@Override
			String system(JsonNode request) {
				JsonNode system = request.path("system");
				return system.isString() ? system.stringValue() : texts(system);
			}

			@Override
			String message(JsonNode request) {
				JsonNode content = last(request.path("messages")).path("content");
				return content.isString() ? content.stringValue() : texts(content);
			}

			@Override
			String toolName(JsonNode request) {
				return request.path("tools").get(0).path("name").stringValue();
			}

			@Override
			ObjectNode toolCall(JsonMapper json, String tool, ObjectNode arguments) {
				ObjectNode answer = json.createObjectNode()
					.put("id", "msg_scripted")
					.put("type", "message")
					.put("role", "assistant")
					.put("model", "claude-haiku-4-5")
					.put("stop_reason", "tool_use");
				answer.putArray("content")
					.addObject()
					.put("type", "tool_use")
					.put("id", "toolu_scripted")
					.put("name", tool)
					.set("input", arguments);
				answer.putObject("usage").put("input_tokens", 1000).put("output_tokens", 60);
				return answer;
			}
		},

		/** OpenAI's chat completions: a system message, a user message, {@code tool_calls} in the answer. */
		OPENAI {
			@Override
			String system(JsonNode request) {
				return request.path("messages").valueStream()
					.filter((message) -> "system".equals(message.path("role").stringValue()))
					.map((message) -> content(message.path("content")))
					.collect(Collectors.joining("\n"));
			}

			@Override
			String message(JsonNode request) {
				return content(last(request.path("messages")).path("content"));
			}

			@Override
			String toolName(JsonNode request) {
				return request.path("tools").get(0).path("function").path("name").stringValue();
			}

			@Override
			ObjectNode toolCall(JsonMapper json, String tool, ObjectNode arguments) {
				ObjectNode answer = json.createObjectNode()
					.put("id", "chatcmpl-scripted")
					.put("object", "chat.completion")
					.put("created", 1767000000)
					.put("model", "qwen2.5-7b-instruct");
				ObjectNode choice = answer.putArray("choices").addObject().put("index", 0).put("finish_reason", "tool_calls");
				ObjectNode message = choice.putObject("message").put("role", "assistant").putNull("content");
				message.putArray("tool_calls")
					.addObject()
					.put("id", "call_scripted")
					.put("type", "function")
					.putObject("function")
					.put("name", tool)
					.put("arguments", arguments.toString());
				answer.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 60).put("total_tokens", 1060);
				return answer;
			}

			private static String content(JsonNode content) {
				return content.isString() ? content.stringValue() : texts(content);
			}
		};

		abstract String system(JsonNode request);

		abstract String message(JsonNode request);

		abstract String toolName(JsonNode request);

		abstract ObjectNode toolCall(JsonMapper json, String tool, ObjectNode arguments);

		private static JsonNode last(JsonNode messages) {
			return messages.get(messages.size() - 1);
		}

		/** The text of an array of content blocks. */
		private static String texts(JsonNode blocks) {
			return blocks.valueStream().map((block) -> block.path("text").asString("")).collect(Collectors.joining("\n"));
		}

	}

}
