package io.recruitbot.conversation.llm;

import java.util.Arrays;
import java.util.List;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.VacancyQuestion;
import io.recruitbot.conversation.understanding.VacancyTopic;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one tool Claude must call to hand in its reading of a message: its JSON schema mirrors {@link MessageReading},
 * so the answer is structured, and what comes back is checked before the workflow trusts it (a known intent, a
 * vacancy that exists, plausible numbers).
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
								+ "WANTS_HUMAN: wants a person; OPT_OUT: STOP, no more messages; OPT_IN: START; "
								+ "ERASE_DATA: wants their data deleted; SMALLTALK: greetings, thanks, anything else")
				.addProperty("facts", facts())
				.addProperty("question", question(vacancies))
				.required("intent")
				.additionalProperties(false)
				.build())
			.build();
	}

	/** The reading in the tool's arguments; {@link InvalidReadingException} when they do not fit the schema. */
	MessageReading read(String arguments, List<Vacancy> vacancies) {
		Arguments given;
		try {
			given = this.json.readValue(arguments, Arguments.class);
		}
		catch (JacksonException ex) {
			// the parser's message may quote the candidate's words, so it stays out of the exception
			throw new InvalidReadingException("arguments do not fit the reading schema");
		}
		if (given == null || given.intent() == null) {
			throw new InvalidReadingException("no intent");
		}
		ProfileFacts facts = PlausibleFacts.of(given.facts());
		return new MessageReading(given.intent(), facts, question(given, vacancies));
	}

	private static VacancyQuestion question(Arguments given, List<Vacancy> vacancies) {
		if (given.intent() != Intent.VACANCY_QUESTION) {
			return null;
		}
		VacancyQuestion asked = given.question();
		VacancyTopic topic = (asked != null && asked.topic() != null) ? asked.topic() : VacancyTopic.GENERAL;
		String vacancyId = (asked != null) ? asked.vacancyId() : null;
		boolean known = vacancies.stream().anyMatch((vacancy) -> vacancy.id().equals(vacancyId));
		return new VacancyQuestion(topic, known ? vacancyId : null);
	}

	private static JsonObjectSchema facts() {
		return JsonObjectSchema.builder()
			.description("Only what this message states about the candidate; leave out everything it does not say.")
			.addBooleanProperty("consent", "answer to the consent question: true agrees, false declines")
			.addStringProperty("name", "full name")
			.addStringProperty("email")
			.addStringProperty("city", "city they live in")
			.addStringProperty("desiredRole", "the job they want")
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

	/** The tool's arguments as Claude gives them. */
	record Arguments(Intent intent, ProfileFacts facts, VacancyQuestion question) {
	}

}
