package io.recruitbot.system.security;

/**
 * Whether the account a session is signed in as may go on using it: it still exists and is enabled, however it signed
 * in (a password, or single sign-on for an account that has none). The {@code recruiter} module, which owns the
 * accounts, answers.
 */
public interface AccountStatus {

	boolean isOpen(String name);

}
