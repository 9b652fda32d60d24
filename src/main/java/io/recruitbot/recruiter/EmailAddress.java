package io.recruitbot.recruiter;

import java.util.Locale;
import java.util.regex.Pattern;

/** A recruiter's e-mail address is their sign-in name: compared without regard to case, stored lower-cased. */
final class EmailAddress {

	// one @, something on both sides, a dot in the domain, no spaces: the mail server is the real judge
	private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

	private static final int MAXIMUM_LENGTH = 320;

	private EmailAddress() {
	}

	static boolean isValid(String email) {
		return email != null && email.trim().length() <= MAXIMUM_LENGTH && PLAUSIBLE.matcher(email.trim()).matches();
	}

	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
