package io.recruitbot.recruiter;

import org.jspecify.annotations.Nullable;

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
class SingleSignOn {

	static final String REGISTRATION = "oidc";

	/**
	 * {@code null} without {@code OIDC_CLIENT_ID}: the beans are declared always, since the production image starts
	 * from bean definitions prepared at build time (see {@code system.RedisConfiguration}), and the console's security
	 * asks for sign-on only when there is a registration. Spring Boot's own OAuth2 client configuration, which would
	 * demand one, is left out ({@code RecruitbotApplication}): Spring Security's sign-on makes what it needs itself.
	 */
	@Bean
	@Nullable ClientRegistrationRepository clientRegistrations(AccessSettings settings) {
		if (!settings.singleSignOn()) {
			return null;
		}
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
	@Nullable RecruiterSignOn recruiterSignOn(AccessSettings settings, Recruiters recruiters) {
		return settings.singleSignOn() ? new RecruiterSignOn(recruiters) : null;
	}

}
