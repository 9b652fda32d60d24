package io.recruitbot.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /api/**}: with {@code ADMIN_API_TOKEN} set, a matching bearer token is required (compared in constant
 * time); without it, only requests from this machine are served.
 */
@Component
class AdminApiAccess extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AdminSettings settings;

	private final JsonMapper json;

	AdminApiAccess(AdminSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.settings.tokenRequired()) {
			if (!tokenMatches(request.getHeader(HttpHeaders.AUTHORIZATION))) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				refuse(response, HttpStatus.UNAUTHORIZED,
						new ApiError("unauthorized", "Send Authorization: Bearer <ADMIN_API_TOKEN>."));
				return;
			}
		}
		else if (!fromLoopback(request)) {
			refuse(response, HttpStatus.FORBIDDEN, new ApiError("forbidden",
					"The admin API answers only local requests until ADMIN_API_TOKEN is set."));
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean tokenMatches(String header) {
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] presented = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(presented, this.settings.apiToken().getBytes(StandardCharsets.UTF_8));
	}

	private static boolean fromLoopback(HttpServletRequest request) {
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private void refuse(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), error);
	}

}
