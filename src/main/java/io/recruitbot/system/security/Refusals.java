package io.recruitbot.system.security;

import java.io.IOException;

import io.recruitbot.system.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The security filters' refusals, written as {@link ApiError} JSON like every other error answer. */
final class Refusals {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final JsonMapper json;

	Refusals(JsonMapper json) {
		this.json = json;
	}

	/** No valid credentials: 401, naming both ways in. */
	AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			write(response, HttpStatus.UNAUTHORIZED, new ApiError("unauthorized",
					"Sign in at /login, or send Authorization: Bearer <ADMIN_API_TOKEN>."));
		};
	}

	/**
	 * Signed in but not allowed (403), or without the CSRF token (403, saying which header). A request without any
	 * credentials that fails the CSRF check first is still a 401: credentials are what it lacks.
	 */
	AccessDeniedHandler denied() {
		return denied(true);
	}

	/** For pages, where a form posted without its CSRF token is a 403 whoever sends it. */
	AccessDeniedHandler deniedOnPages() {
		return denied(false);
	}

	private AccessDeniedHandler denied(boolean anonymousIsUnauthenticated) {
		AuthenticationEntryPoint unauthenticated = unauthenticated();
		return (request, response, ex) -> {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (anonymousIsUnauthenticated && (authentication == null || TRUST.isAnonymous(authentication))) {
				unauthenticated.commence(request, response, null);
			}
			else if (ex instanceof CsrfException) {
				write(response, HttpStatus.FORBIDDEN, new ApiError("csrf_token_missing",
						"Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."));
			}
			else {
				write(response, HttpStatus.FORBIDDEN, new ApiError("forbidden", "You may not do this."));
			}
		};
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
