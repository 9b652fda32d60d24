package io.recruitbot.system.security;

import io.recruitbot.system.AdminSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Access to the admin API ({@code /api/**}, CONTRACT section 3), decided on the path Spring MVC routes (Spring
 * Security matches the same parsed, decoded path, and its firewall refuses encoded slashes, semicolons and
 * {@code ..} before anything is matched). A request is served with a recruiter's session (and, on unsafe methods, the
 * CSRF token in the {@code X-XSRF-TOKEN} header) or with {@code Authorization: Bearer $ADMIN_API_TOKEN}, which acts as
 * an administrator and needs no CSRF token. The console's pages are {@link ConsoleSecurity}'s; the webhooks, health
 * and metrics have an open chain of their own, so no security filter reads their bodies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

	/** The paths anyone may call: they check their own signatures or show nothing personal. */
	static final String[] OPEN = { "/webhooks/**", "/health/**", "/metrics", "/actuator/**", "/error" };

	@Bean
	@Order(0)
	SecurityFilterChain open(HttpSecurity http) throws Exception {
		http.securityMatcher(OPEN)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, AdminSettings settings, JsonMapper json, AccountStatus accounts)
			throws Exception {
		Refusals refusals = new Refusals(json);
		http.securityMatcher("/api/**")
			.addFilterAfter(new OpenAccounts(accounts), SecurityContextHolderFilter.class)
			.csrf((csrf) -> {
				csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
					// the console's script sends the cookie's value as it is, not masked
					.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler());
				if (settings.tokenRequired()) {
					// a machine with the token has no session for a forged request to ride on
					csrf.ignoringRequestMatchers(BEARER);
				}
			})
			// the API uses the session the login page made, and never makes one itself
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(refusals.unauthenticated())
				.accessDeniedHandler(refusals.denied()));
		if (settings.tokenRequired()) {
			http.addFilter(AdminToken.filter(settings.apiToken(), refusals.unauthenticated()));
		}
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/recruiters", "/api/recruiters/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/api/vacancies", "/api/vacancies/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PUT, "/api/vacancies", "/api/vacancies/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.PATCH, "/api/vacancies", "/api/vacancies/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.DELETE, "/api/vacancies", "/api/vacancies/**")
			.hasRole(ADMIN)
			// erasure cannot be undone; the bot erases on the candidate's own request without this route
			.requestMatchers(HttpMethod.DELETE, "/api/candidates/*")
			.hasRole(ADMIN)
			// dead letters hold whole webhook payloads: operations, not recruiting
			.requestMatchers("/api/dead-letters", "/api/dead-letters/**")
			.hasRole(ADMIN)
			.anyRequest()
			.authenticated());
		return http.build();
	}

	static final String ADMIN = "ADMIN";

	private static final RequestMatcher BEARER = (request) -> {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	/** Picked up by Spring Security for its firewall: a refused path is a 400 in the usual JSON. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
		return new Refusals(json).rejected();
	}

}
