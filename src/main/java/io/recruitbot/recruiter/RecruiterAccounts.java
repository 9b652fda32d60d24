package io.recruitbot.recruiter;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of an account for the login form. A locked or disabled account is refused before its
 * password is checked, so a lock-out holds even against the right password.
 */
@Component
class RecruiterAccounts implements UserDetailsService {

	private final Recruiters recruiters;

	private final Clock clock;

	RecruiterAccounts(Recruiters recruiters, Clock clock) {
		this.recruiters = recruiters;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Recruiters.Account account = (email == null || email.isBlank()) ? null
				: this.recruiters.findAccount(email).filter((found) -> found.passwordHash() != null).orElse(null);
		if (account == null) {
			// Spring Security answers this like a wrong password, after hashing one to take as long
			throw new UsernameNotFoundException("No recruiter with a password for this e-mail address");
		}
		Recruiter recruiter = account.recruiter();
		return User.withUsername(recruiter.email())
			.password(account.passwordHash())
			.disabled(!recruiter.enabled())
			.accountLocked(recruiter.lockedAt(this.clock.instant()))
			.authorities(recruiter.role().authority())
			.build();
	}

}
