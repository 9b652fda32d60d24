package io.recruitbot.recruiter;

import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person the OpenID provider vouches for into the recruiter with the same e-mail address: an enabled
 * account gets its role, anyone else is refused ({@code unknown_recruiter}, which the login page explains). Accounts
 * are made by an administrator, never by signing on.
 */
class RecruiterSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String UNKNOWN = "unknown_recruiter";

	private static final String RECRUITER = "recruiter";

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final Recruiters recruiters;

	RecruiterSignOn(Recruiters recruiters) {
		this(new OidcUserService(), recruiters);
	}

	RecruiterSignOn(OAuth2UserService<OidcUserRequest, OidcUser> provider, Recruiters recruiters) {
		this.provider = provider;
		this.recruiters = recruiters;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		return asRecruiter(this.provider.loadUser(request));
	}

	OidcUser asRecruiter(OidcUser person) {
		// Google says whether it checked the address; Entra ID has no such claim but only issues its own addresses
		if (Boolean.FALSE.equals(person.getEmailVerified())) {
			throw refused("The organisation has not verified this e-mail address.");
		}
		// Entra ID puts the sign-in address in preferred_username when the optional email claim is not configured
		String email = (person.getEmail() != null) ? person.getEmail() : person.getPreferredUsername();
		if (email == null || !EmailAddress.isValid(email)) {
			throw refused("The organisation's account has no e-mail address.");
		}
		Recruiter recruiter = this.recruiters.findByEmail(email)
			.filter(Recruiter::enabled)
			.orElseThrow(() -> refused("No enabled recruiter account has this e-mail address."));
		// named by the account's address, as a password sign-in is (the provider's may differ in case)
		return new DefaultOidcUser(List.of(recruiter.role().authority()), person.getIdToken(),
				new OidcUserInfo(Map.of(RECRUITER, recruiter.email())), RECRUITER);
	}

	private static OAuth2AuthenticationException refused(String reason) {
		return new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN, reason, null));
	}

}
