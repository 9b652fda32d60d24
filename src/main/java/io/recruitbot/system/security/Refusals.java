package io.recruitbot.system.security;

import java.io.IOException;

import io.recruitbot.system.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The security filters' refusals, written as {@link ApiError} JSON like every other error answer. */
final class Refusals {

	private final JsonMapper json;

	Refusals(JsonMapper json) {
		this.json = json;
	}

	/** No valid credentials: 401 asking for the token, or 403 when no token is configured and so none can help. */
	AuthenticationEntryPoint unauthenticated(boolean tokenRequired) {
		if (tokenRequired) {
			return (request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				write(response, HttpStatus.UNAUTHORIZED,
						new ApiError("unauthorized", "Send Authorization: Bearer <ADMIN_API_TOKEN>."));
			};
		}
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN,
				new ApiError("forbidden", "The admin API answers only local requests until ADMIN_API_TOKEN is set."));
	}

	AccessDeniedHandler denied() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN,
				new ApiError("forbidden", "You may not do this."));
	}

	/** The firewall's refusal; the sentence does not echo the offending part back. */
	RequestRejectedHandler rejected() {
		return (request, response, ex) -> write(response, HttpStatus.BAD_REQUEST, new ApiError("rejected_request",
				"The request path or a header contains characters or sequences that are not allowed."));
	}

	private void write(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), error);
	}

}
