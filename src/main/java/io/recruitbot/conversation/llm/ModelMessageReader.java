package io.recruitbot.conversation.llm;

import java.util.List;
import java.util.Optional;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ReadingContext;
import io.recruitbot.conversation.understanding.ScreeningField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language model reads the candidate's message (router and extraction in one call), answering through the
 * {@link MessageReadingTool}; the offline reader reads it too, and {@link CheckedReading} keeps the model's values
 * that pass their checks. The model is not called when the message may not leave the service (before consent, after
 * an opt-out, while a recruiter has the conversation), for the yes or no to a confirmation, or while the
 * {@link ModelGuard} keeps it away; whatever goes wrong, the offline reading stands.
 */
class ModelMessageReader implements MessageReader {

	private static final Logger log = LoggerFactory.getLogger(ModelMessageReader.class);

	private static final int MAX_OUTPUT_TOKENS = 600;

	private final ChatModel model;

	private final MessageReader offline;

	private final MessageReadingTool tool;

	private final ModelGuard guard;

	private final LlmMetrics metrics;

	private final Cities cities;

	ModelMessageReader(ChatModel model, MessageReader offline, MessageReadingTool tool, ModelGuard guard,
			LlmMetrics metrics, Cities cities) {
		this.model = model;
		this.offline = offline;
		this.tool = tool;
		this.guard = guard;
		this.metrics = metrics;
		this.cities = cities;
	}

	/** Without its context a message is not known to be one that may leave the service: the offline reader reads it. */
	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		return read(text, awaitingField, vacancies, ReadingContext.NONE);
	}

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies,
			ReadingContext context) {
		MessageReading offline = this.offline.read(text, awaitingField, vacancies, context);
		Optional<String> staysIn = staysIn(text, awaitingField, context);
		if (staysIn.isPresent()) {
			this.metrics.readOffline(staysIn.get());
			return offline;
		}
		ChatRequest request = request(text, awaitingField, vacancies, context);
		ModelGuard.Outcome<ChatResponse> outcome = this.guard.call(() -> this.model.chat(request));
		if (outcome.verdict() != ModelGuard.Verdict.SUCCESS) {
			this.metrics.called(outcome.verdict().tag(), outcome.took());
			if (outcome.failure() != null) {
				// the class and outcome only: exception messages can quote the candidate's message
				log.warn("The language model could not read a message ({}, {}); the offline reading stands",
						outcome.verdict().tag(), outcome.failure().getClass().getSimpleName());
			}
			return offline;
		}
		this.metrics.used(outcome.answer().tokenUsage());
		return this.tool.arguments(outcome.answer()).map((arguments) -> {
			this.metrics.called("success", outcome.took());
			return CheckedReading.of(arguments, offline, text, vacancies, this.cities);
		}).orElseGet(() -> {
			this.metrics.called("invalid_output", outcome.took());
			log.warn("The language model answered without a usable reading; the offline reading stands");
			return offline;
		});
	}

	/** Why the message is read offline only, or empty when the model may read it. */
	private static Optional<String> staysIn(String text, ScreeningField awaitingField, ReadingContext context) {
		if (text == null || text.isBlank()) {
			return Optional.of("empty");
		}
		if (!context.consentGiven() || awaitingField == ScreeningField.CONSENT) {
			return Optional.of("no_consent");
		}
		if (context.optedOut()) {
			return Optional.of("opted_out");
		}
		if (context.humanHasConversation()) {
			return Optional.of("handed_off");
		}
		if (awaitingField == ScreeningField.ERASURE_CONFIRMATION) {
			return Optional.of("confirmation");
		}
		return Optional.empty();
	}

	private ChatRequest request(String text, ScreeningField awaitingField, List<Vacancy> vacancies,
			ReadingContext context) {
		return ChatRequest.builder()
			.messages(SystemMessage.from(ReadingInstructions.forMessage(awaitingField, vacancies, context)),
					UserMessage.from(ContextMasking.message(text)))
			.toolSpecifications(this.tool.specification(vacancies))
			.toolChoice(ToolChoice.REQUIRED)
			.maxOutputTokens(MAX_OUTPUT_TOKENS)
			.build();
	}

}
