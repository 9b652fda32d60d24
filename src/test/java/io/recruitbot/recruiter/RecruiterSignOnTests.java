package io.recruitbot.recruiter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Single sign-on maps the person the OpenID provider vouches for to the enabled recruiter with the same e-mail
 * address; anyone else is refused with the code the login page explains. (The provider's side of the flow is Spring
 * Security's own; this is the part that is ours.)
 */
class RecruiterSignOnTests {

	private final Recruiters recruiters = mock(Recruiters.class);

	private final RecruiterSignOn signOn = new RecruiterSignOn((request) -> null, this.recruiters);

	@Test
	void aKnownEnabledRecruiterSignsOnWithTheirRoleWhateverTheCaseOfTheAddress() {
		given(this.recruiters.findByEmail("Anna@Example.com")).willReturn(Optional.of(recruiter("anna@example.com", true)));

		OidcUser signedOn = this.signOn.asRecruiter(person(Map.of("email", "Anna@Example.com", "email_verified", true)));

		assertThat(signedOn.getName()).isEqualTo("anna@example.com");
		assertThat(signedOn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
	}

	@Test
	void entraIdsPreferredUsernameServesWhenThereIsNoEmailClaim() {
		given(this.recruiters.findByEmail("anna@contoso.com")).willReturn(Optional.of(recruiter("anna@contoso.com", true)));

		OidcUser signedOn = this.signOn.asRecruiter(person(Map.of("preferred_username", "anna@contoso.com")));

		assertThat(signedOn.getName()).isEqualTo("anna@contoso.com");
	}

	@Test
	void anUnknownAddressIsRefused() {
		given(this.recruiters.findByEmail(anyString())).willReturn(Optional.empty());
		assertRefused(person(Map.of("email", "stranger@example.com")));
	}

	@Test
	void aDisabledRecruiterIsRefused() {
		given(this.recruiters.findByEmail("anna@example.com")).willReturn(Optional.of(recruiter("anna@example.com", false)));
		assertRefused(person(Map.of("email", "anna@example.com")));
	}

	@Test
	void anAddressTheProviderDidNotVerifyIsRefused() {
		given(this.recruiters.findByEmail("anna@example.com")).willReturn(Optional.of(recruiter("anna@example.com", true)));
		assertRefused(person(Map.of("email", "anna@example.com", "email_verified", false)));
	}

	@Test
	void aPersonWithoutAnAddressIsRefused() {
		assertRefused(person(Map.of("name", "Anna")));
	}

	private void assertRefused(OidcUser person) {
		assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> this.signOn.asRecruiter(person))
			.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo(RecruiterSignOn.UNKNOWN));
	}

	private static OidcUser person(Map<String, Object> claims) {
		OidcIdToken token = OidcIdToken.withTokenValue("id-token")
			.subject("subject-1")
			.issuer("https://login.example.com")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.claims((all) -> all.putAll(claims))
			.build();
		return new DefaultOidcUser(List.of(), token);
	}

	private static Recruiter recruiter(String email, boolean enabled) {
		return new Recruiter(UUID.randomUUID(), email, "Anna", Role.ADMIN, enabled, null, Instant.now());
	}

}
