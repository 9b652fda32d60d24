package io.recruitbot.system.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The console's pages: everything that is neither the API nor an open path needs a recruiter's session, except the
 * sign-in and set-up pages and their style sheet. A browser asking for a page without one is sent to {@code /login};
 * anything else gets a JSON 401. Sessions come from the login form (Spring Security's, with lock-out counted by the
 * {@code recruiter} module) or, with the {@code OIDC_*} variables set, from the organisation's OpenID provider. Unsafe
 * requests carry the CSRF token: as the {@code _csrf} field of a server-rendered form, or, from the console's
 * script, as the {@code X-XSRF-TOKEN} header holding the {@code XSRF-TOKEN} cookie's value.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http, JsonMapper json, AccountStatus accounts,
			ObjectProvider<ClientRegistrationRepository> singleSignOn) throws Exception {
		Refusals refusals = new Refusals(json);
		MediaTypeRequestMatcher browserPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		browserPage.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		AuthenticationFailureHandler failure = (request, response, ex) -> response
			.sendRedirect("/login?" + outcome(ex));
		http.addFilterAfter(new OpenAccounts(accounts), SecurityContextHolderFilter.class)
			.csrf((csrf) -> csrf.spa())
			// the console's script reads the XSRF-TOKEN cookie: every page answer sets it when the browser has none
			.addFilterAfter(ConsoleSecurity::renderCsrfCookie, CsrfFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/setup", "/access.css", "/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").usernameParameter("email").failureHandler(failure).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browserPage)
				.defaultAuthenticationEntryPointFor(refusals.unauthenticated(), AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler(refusals.deniedOnPages()));
		if (singleSignOn.getIfAvailable() != null) {
			http.oauth2Login((sso) -> sso.loginPage("/login").failureHandler(failure));
		}
		return http.build();
	}

	private static void renderCsrfCookie(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	/** The query parameter the login page turns into a sentence. */
	private static String outcome(Exception ex) {
		if (ex instanceof LockedException) {
			return "locked";
		}
		if (ex instanceof DisabledException) {
			return "disabled";
		}
		if (ex instanceof OAuth2AuthenticationException sso && "unknown_recruiter".equals(sso.getError().getErrorCode())) {
			return "unknown";
		}
		return "error";
	}

}
