package io.recruitbot.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page ({@code /error}), where the container forwards every {@code sendError} and every exception
 * that escaped the controllers: answered as {@link ApiError} JSON, whatever the client accepts, instead of Boot's
 * HTML or its own JSON shape.
 */
@RestController
class ErrorPageController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ApiError> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// asked for directly, not forwarded to: there is nothing here
		int code = (status instanceof Integer forwarded) ? forwarded : HttpStatus.NOT_FOUND.value();
		return ResponseEntity.status(code).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(code));
	}

}
