package io.recruitbot.system.security;

import java.util.regex.Pattern;

import io.recruitbot.system.AdminSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Access to the admin API ({@code /api/**}, CONTRACT section 3), decided on the path Spring MVC routes (Spring
 * Security matches the same parsed, decoded path, and its firewall refuses encoded slashes, semicolons and
 * {@code ..} before anything is matched). With {@code ADMIN_API_TOKEN} set a bearer token is required; without it
 * only requests from this machine, for a local host name, are served. Every other path has no chain here and stays
 * open; a chain for other paths (recruiter logins) is another bean with its own {@code securityMatcher} and a later
 * {@code @Order}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

	private static final Pattern LOCAL_HOST = Pattern.compile("localhost|[0-9.]+|\\[[0-9a-fA-F:.]+]");

	// from this machine, and asked for by a local name or an address: a web page that rebinds its own domain name to
	// 127.0.0.1 (DNS rebinding) is read by a browser on this machine, but with that name in its Host header
	private static final RequestMatcher LOCAL = new AndRequestMatcher(
			new OrRequestMatcher(new IpAddressMatcher("127.0.0.0/8"), new IpAddressMatcher("::1")),
			(request) -> LOCAL_HOST.matcher(request.getServerName()).matches());

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, AdminSettings settings, JsonMapper json) throws Exception {
		Refusals refusals = new Refusals(json);
		AuthenticationEntryPoint unauthenticated = refusals.unauthenticated(settings.tokenRequired());
		http.securityMatcher("/api/**")
			// no cookies or sessions: a forged cross-site request has no credentials to ride on
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(refusals.denied()));
		if (settings.tokenRequired()) {
			http.addFilter(AdminToken.filter(settings.apiToken(), unauthenticated))
				.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(AdminToken.ROLE));
		}
		else {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(LOCAL).permitAll().anyRequest().denyAll());
		}
		return http.build();
	}

	/** Picked up by Spring Security for its firewall: a refused path is a 400 in the usual JSON. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
		return new Refusals(json).rejected();
	}

}
