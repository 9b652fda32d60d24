package io.recruitbot.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * {@code Authorization: Bearer $ADMIN_API_TOKEN}: the header is read as credentials of the principal
 * {@value #PRINCIPAL} and compared with the configured token in constant time.
 */
final class AdminToken implements AuthenticationConverter, AuthenticationProvider {

	static final String PRINCIPAL = "admin-api";

	/** The machine acts as an administrator. */
	static final String ROLE = "ADMIN";

	private static final String BEARER = "Bearer ";

	private final byte[] expected;

	private AdminToken(String token) {
		this.expected = token.getBytes(StandardCharsets.UTF_8);
	}

	/** The filter that authenticates requests carrying a bearer token; a wrong one is answered by {@code refusal}. */
	static AuthenticationFilter filter(String token, AuthenticationEntryPoint refusal) {
		AdminToken adminToken = new AdminToken(token);
		AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(adminToken), adminToken);
		// authenticated: the request goes on to the API, no redirect
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(refusal));
		return filter;
	}

	/** The presented token, or null without a bearer header (then the request stays anonymous and is refused). */
	@Override
	public Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return UsernamePasswordAuthenticationToken.unauthenticated(PRINCIPAL, header.substring(BEARER.length()).trim());
	}

	@Override
	public Authentication authenticate(Authentication presented) {
		byte[] token = String.valueOf(presented.getCredentials()).getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(token, this.expected)) {
			throw new BadCredentialsException("The admin API token does not match");
		}
		return UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
				AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
