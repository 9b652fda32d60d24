package io.recruitbot.conversation.llm;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.llm.LlmMetrics.Outcome;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ScreeningField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claude reads the candidate's message (router and extraction in one call), answering through the
 * {@link MessageReadingTool}. Whatever goes wrong (an error, a timeout, an answer that is not a reading) the offline
 * reader reads the message instead, so a candidate never waits on Anthropic.
 */
class ClaudeMessageReader implements MessageReader {

	private static final Logger log = LoggerFactory.getLogger(ClaudeMessageReader.class);

	private static final int MAX_OUTPUT_TOKENS = 600;

	private final ChatModel claude;

	private final MessageReader fallback;

	private final MessageReadingTool tool;

	private final LlmMetrics metrics;

	ClaudeMessageReader(ChatModel claude, MessageReader fallback, MessageReadingTool tool, LlmMetrics metrics) {
		this.claude = claude;
		this.fallback = fallback;
		this.tool = tool;
		this.metrics = metrics;
	}

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		if (text == null || text.isBlank()) {
			return this.fallback.read(text, awaitingField, vacancies);
		}
		ChatResponse response;
		try {
			response = this.claude.chat(request(text, awaitingField, vacancies));
		}
		catch (RuntimeException ex) {
			Outcome outcome = timedOut(ex) ? Outcome.TIMEOUT : Outcome.ERROR;
			return fallBack(outcome, ex, text, awaitingField, vacancies);
		}
		this.metrics.used(response.tokenUsage());
		try {
			MessageReading reading = this.tool.read(toolArguments(response), vacancies);
			this.metrics.called(Outcome.SUCCESS);
			return reading;
		}
		catch (InvalidReadingException ex) {
			return fallBack(Outcome.INVALID_OUTPUT, ex, text, awaitingField, vacancies);
		}
	}

	private ChatRequest request(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		return ChatRequest.builder()
			.messages(SystemMessage.from(ReadingInstructions.forMessage(awaitingField, vacancies)), UserMessage.from(text))
			.toolSpecifications(this.tool.specification(vacancies))
			.toolChoice(ToolChoice.REQUIRED)
			.maxOutputTokens(MAX_OUTPUT_TOKENS)
			.build();
	}

	private static String toolArguments(ChatResponse response) {
		if (response.aiMessage() == null || !response.aiMessage().hasToolExecutionRequests()) {
			throw new InvalidReadingException("Claude answered without calling " + MessageReadingTool.NAME);
		}
		return response.aiMessage()
			.toolExecutionRequests()
			.stream()
			.filter((call) -> MessageReadingTool.NAME.equals(call.name()))
			.map(ToolExecutionRequest::arguments)
			.findFirst()
			.orElseThrow(() -> new InvalidReadingException("Claude called another tool"));
	}

	private MessageReading fallBack(Outcome outcome, RuntimeException ex, String text, ScreeningField awaitingField,
			List<Vacancy> vacancies) {
		this.metrics.called(outcome);
		// the class and outcome only: exception messages can quote the candidate's message
		log.warn("Claude could not read a message ({}, {}); the offline reader reads it", outcome.tag(),
				ex.getClass().getSimpleName());
		return this.fallback.read(text, awaitingField, vacancies);
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException
					|| cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
