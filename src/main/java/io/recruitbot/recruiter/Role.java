package io.recruitbot.recruiter;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a recruiter may do: an administrator also manages recruiters, vacancies and settings. */
public enum Role {

	ADMIN, RECRUITER;

	/** The authority Spring Security checks ({@code hasRole("ADMIN")}). */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
