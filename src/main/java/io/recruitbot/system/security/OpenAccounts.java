package io.recruitbot.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account an administrator has disabled (or that no longer exists) at its next request, instead
 * of when it times out: the request goes on signed out, and is refused or sent to the login page like any other.
 */
final class OpenAccounts extends OncePerRequestFilter {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final AccountStatus accounts;

	OpenAccounts(AccountStatus accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && signedIn != null && !TRUST.isAnonymous(signedIn)
				&& !this.accounts.isOpen(signedIn.getName())) {
			SecurityContextHolder.clearContext();
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
