package io.recruitbot.conversation.llm;

import java.time.Duration;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;

/**
 * A model server answered with an error status; for 429 (rate limited), 529 (overloaded) and 503 it also says how
 * long to stay away ({@code retry-after}, in seconds), which LangChain4j's own exceptions drop. The status and the
 * wait only: the body stays out, as it may quote the request.
 */
class ModelBusyException extends HttpException {

	private final Duration retryAfter;

	ModelBusyException(int statusCode, Duration retryAfter) {
		super(statusCode, "the model server answered " + statusCode);
		this.retryAfter = retryAfter;
	}

	/** Whether the server asks to be left alone for a while, rather than refusing this one request. */
	boolean pushesBack() {
		return statusCode() == 429 || statusCode() == 529 || statusCode() == 503;
	}

	Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/** The first {@link ModelBusyException} in a failure's causes, as LangChain4j wraps it. */
	static Optional<ModelBusyException> in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ModelBusyException busy) {
				return Optional.of(busy);
			}
		}
		return Optional.empty();
	}

}
