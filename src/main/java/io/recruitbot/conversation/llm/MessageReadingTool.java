package io.recruitbot.conversation.llm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.VacancyTopic;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one tool the model must call to hand in its reading of a message: its JSON schema mirrors
 * {@link MessageReading}, so the answer is data, never text the bot would say; {@link CheckedReading} checks every
 * value before the workflow uses it.
 */
final class MessageReadingTool {

	static final String NAME = "record_message_reading";

	private final JsonMapper json;

	MessageReadingTool(JsonMapper json) {
		this.json = json;
	}

	ToolSpecification specification(List<Vacancy> vacancies) {
		return ToolSpecification.builder()
			.name(NAME)
			.description("Records how the candidate's message is understood: the intent, the profile facts it states "
					+ "and, for a question about a vacancy, what it asks about.")
			.parameters(JsonObjectSchema.builder()
				.addEnumProperty("intent", names(Intent.values()),
						"APPLY: applying or answering screening questions; VACANCY_QUESTION: asks about a vacancy; "
								+ "OTHER_QUESTION: asks something else; DATA_QUESTION: asks what happens to their "
								+ "data (not a request to delete it); WANTS_HUMAN: wants a person; "
								+ "OPT_OUT: STOP, no more messages; OPT_IN: START; ERASE_DATA: wants all their data "
								+ "deleted; SMALLTALK: greetings, thanks, anything else")
				.addProperty("facts", facts())
				.addProperty("question", question(vacancies))
				.addStringProperty("language", "ISO 639-1 code of the language the message is written in (nl, en, de, pl)")
				.addBooleanProperty("correction", "true when the message corrects an answer given earlier")
				.required("intent")
				.additionalProperties(false)
				.build())
			.build();
	}

	/**
	 * The tool's arguments as a JSON tree, each value checked later on its own; empty when the model did not call the
	 * tool or its arguments are not a JSON object. The parser's message is never kept: it may quote the candidate.
	 */
	Optional<JsonNode> arguments(ChatResponse response) {
		if (response == null || response.aiMessage() == null || !response.aiMessage().hasToolExecutionRequests()) {
			return Optional.empty();
		}
		Optional<String> arguments = response.aiMessage()
			.toolExecutionRequests()
			.stream()
			.filter((call) -> NAME.equals(call.name()))
			.map(ToolExecutionRequest::arguments)
			.findFirst();
		try {
			return arguments.map(this.json::readTree).filter(JsonNode::isObject);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static JsonObjectSchema facts() {
		return JsonObjectSchema.builder()
			.description("Only what this message states about the candidate; leave out everything it does not say.")
			.addStringProperty("name", "full name")
			.addStringProperty("email", "the e-mail address as written in the message")
			.addStringProperty("city", "city they live in")
			.addStringProperty("desiredRole", "the job they want, a few words")
			.addNumberProperty("yearsExperience", "years of relevant experience; no experience or first job = 0")
			.addStringProperty("availability", "when they can start or work, in their words")
			.addIntegerProperty("hoursPerWeek", "hours per week wanted; full time = 40, N days a week = N x 8")
			.addBooleanProperty("drivingLicense", "has a driving licence")
			.addBooleanProperty("workPermit", "may work in the country")
			.addProperty("languages", JsonArraySchema.builder()
				.description("languages they speak, in English (Dutch, English, Polish)")
				.items(new JsonStringSchema())
				.build())
			.addStringProperty("salaryExpectation", "expected pay, in their words")
			.additionalProperties(false)
			.build();
	}

	private static JsonObjectSchema question(List<Vacancy> vacancies) {
		JsonObjectSchema.Builder question = JsonObjectSchema.builder()
			.description("Only for VACANCY_QUESTION: what the candidate asks about")
			.addEnumProperty("topic", names(VacancyTopic.values()));
		if (!vacancies.isEmpty()) {
			question.addProperty("vacancyId", JsonEnumSchema.builder()
				.description("the vacancy the question is about, when the message points at one")
				.enumValues(vacancies.stream().map(Vacancy::id).toList())
				.build());
		}
		return question.required("topic").additionalProperties(false).build();
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
