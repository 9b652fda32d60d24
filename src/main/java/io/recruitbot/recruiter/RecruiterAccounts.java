package io.recruitbot.recruiter;

import java.time.Clock;

import io.recruitbot.system.security.AccountStatus;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of an account for the login form. A locked or disabled account is refused before its
 * password is checked, so a lock-out holds even against the right password. A session stays open while its account
 * exists and is enabled, with or without a password (one that signs on through the organisation's provider has none).
 */
@Component
class RecruiterAccounts implements UserDetailsService, AccountStatus {

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

	@Override
	public boolean isOpen(String email) {
		return this.recruiters.findByEmail(email).map(Recruiter::enabled).orElse(false);
	}

}
