package io.recruitbot.system;

import org.springframework.http.HttpStatus;

/** The body of every error answer: a machine code and a sentence for people. */
public record ApiError(String error, String message) {

	/**
	 * The answer for a bare status, when nothing more specific is known (the container's own refusals, Spring Boot's
	 * {@code /error}): the code is the status's name ({@code bad_request}), the sentence says nothing about the request.
	 */
	public static ApiError of(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		if (known == null) {
			return new ApiError("error_" + status, "The request could not be served.");
		}
		if (known.is5xxServerError()) {
			return new ApiError(code(known), "Something went wrong on our side.");
		}
		return new ApiError(code(known), "The request was refused: " + known.getReasonPhrase().toLowerCase() + ".");
	}

	/** The codes {@code ApiExceptionHandler} and the webhooks use for the same statuses, the status's name otherwise. */
	private static String code(HttpStatus status) {
		return switch (status.value()) {
			case 413 -> "payload_too_large";
			case 500 -> "internal_error";
			default -> status.name().toLowerCase();
		};
	}

}
