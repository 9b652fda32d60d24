package io.recruitbot.system;

import java.security.Principal;

/**
 * Who did something through the API, as notes, replies and decisions record it: the signed-in recruiter's name (the
 * principal Spring Security authenticated, {@code admin-api} for the machine token), or {@value #ANONYMOUS} where no
 * one had to sign in (the loopback default without a token).
 */
public final class RequestAuthor {

	static final String ANONYMOUS = "api";

	private RequestAuthor() {
	}

	public static String of(Principal principal) {
		return (principal != null && principal.getName() != null && !principal.getName().isBlank())
				? principal.getName() : ANONYMOUS;
	}

}
