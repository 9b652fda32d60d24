package io.recruitbot.system;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every failure becomes {@link ApiError} JSON with the right status; nothing leaks a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> noRoute(NoResourceFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, "not_found", "There is nothing at " + ex.getResourcePath() + ".");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> badRequest(BadRequestException ex) {
		return answer(HttpStatus.BAD_REQUEST, ex.code(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> conflict(ConflictException ex) {
		return answer(HttpStatus.CONFLICT, ex.code(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException ex) {
		String fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::describe)
			.collect(Collectors.joining("; "));
		return answer(HttpStatus.BAD_REQUEST, "validation_failed", fields.isEmpty() ? "The request is not valid." : fields);
	}

	@ExceptionHandler
	ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException ex) {
		return answer(HttpStatus.BAD_REQUEST, "validation_failed", "A request parameter is not valid.");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return answer(HttpStatus.BAD_REQUEST, "validation_failed", "Parameter '" + ex.getName() + "' has an invalid value.");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return answer(HttpStatus.BAD_REQUEST, "validation_failed", "Parameter '" + ex.getParameterName() + "' is required.");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		return FieldMessages.wrongType(ex)
			.map((message) -> answer(HttpStatus.BAD_REQUEST, "validation_failed", message))
			.orElseGet(() -> answer(HttpStatus.BAD_REQUEST, "malformed_json",
					"The request body is not valid JSON for this endpoint."));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Send the body as application/json.");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return answer(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "This endpoint answers in JSON.");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException ex) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", ex.getMethod() + " is not supported here.");
	}

	/**
	 * The firewall checks a header or parameter when a controller reads it; rethrown, it reaches the firewall's own
	 * handler (a 400, see {@code system.security.ApiSecurity}) instead of becoming a 500 here.
	 */
	@ExceptionHandler
	void rejected(RequestRejectedException ex) {
		throw ex;
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class })
	ResponseEntity<ApiError> storageUnavailable(Exception ex) {
		log.warn("Storage unavailable: {}", ex.getMessage());
		return answer(HttpStatus.SERVICE_UNAVAILABLE, "storage_unavailable", "Storage is unavailable; try again shortly.");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// the browser went away while being answered (a closed tab, a page left mid-download): nobody to answer
			log.debug("Client went away: {}", ex.getClass().getSimpleName());
			return null;
		}
		log.error("Unexpected failure", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Something went wrong on our side.");
	}

	private static String describe(FieldError error) {
		return FieldMessages.describe(error.getField(), error.getDefaultMessage());
	}

	/** JSON whatever the client accepts: an error answer must not turn into a 406 of its own. */
	private static ResponseEntity<ApiError> answer(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(code, message));
	}

}
