package io.recruitbot.ops.health;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /} answers like {@code /health} for a client that asks for JSON, and stays the simulator page for a
 * browser (whose Accept header names HTML first). It runs before Spring Security, so the forward reaches the open
 * chain of {@code /health} instead of the console's sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RootHealthForward extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) && "/".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (wantsJson(request.getHeader(HttpHeaders.ACCEPT))) {
			request.getRequestDispatcher("/health").forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean wantsJson(String accept) {
		if (accept == null) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		for (MediaType type : types) {
			if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
				return false;
			}
			if (type.equals(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
				return true;
			}
		}
		return false;
	}

}
