package io.recruitbot.recruiter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * OpenID Connect sign-on (Microsoft Entra ID, Google Workspace, any provider with discovery), on only when
 * {@code OIDC_CLIENT_ID} is set ({@link AccessSettings} insists on all three variables then). The provider's
 * configuration is read from {@code OIDC_ISSUER_URI}'s discovery document at start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("recruitbot.access.oidc-client-id")
class SingleSignOn {

	static final String REGISTRATION = "oidc";

	@Bean
	ClientRegistrationRepository clientRegistrations(AccessSettings settings) {
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.oidcIssuerUri())
			.registrationId(REGISTRATION)
			.clientId(settings.oidcClientId())
			.clientSecret(settings.oidcClientSecret())
			.scope("openid", "email", "profile")
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	RecruiterSignOn recruiterSignOn(Recruiters recruiters) {
		return new RecruiterSignOn(recruiters);
	}

}
