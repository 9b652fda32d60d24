package io.recruitbot.ops.logging;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's {@code X-Request-Id} when it is a sensible one without personal
 * data, a new one otherwise), puts it in the MDC as {@code correlationId} so every log line about the request carries it, and echoes
 * it in the response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "correlationId";

	// a header is copied into every log line: no spaces, no control characters, no essays
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	/**
	 * A caller's id is logged unmasked on every line (the text format prints it as it is), so it must be short, plain
	 * and carry nothing {@link Masking} would hide: a phone number or a WhatsApp message id is replaced.
	 */
	private static boolean acceptable(String incoming) {
		return incoming != null && ACCEPTABLE.matcher(incoming).matches() && Masking.mask(incoming).equals(incoming);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String correlationId = acceptable(incoming) ? incoming : UUID.randomUUID().toString();
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, correlationId);
		response.setHeader(HEADER, correlationId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(MDC_KEY, outer);
			}
			else {
				MDC.remove(MDC_KEY);
			}
		}
	}

}
