package io.recruitbot.recruiter;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account from Spring Security's authentication events and locks the account after
 * {@code maxFailedSignIns} within the lock-out window; a successful sign-in starts the count again. Guessing is
 * slowed per account whatever address the guesses come from.
 */
@Component
class SignInAttempts {

	private final Recruiters recruiters;

	private final AccessSettings settings;

	SignInAttempts(Recruiters recruiters, AccessSettings settings) {
		this.recruiters = recruiters;
		this.settings = settings;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken typed && typed.getName() != null
				&& !typed.getName().isBlank()) {
			this.recruiters.recordFailedSignIn(typed.getName(), this.settings.maxFailedSignIns(), this.settings.lockout());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn
				&& signedIn.getName() != null) {
			this.recruiters.recordSignIn(signedIn.getName());
		}
	}

}
