package io.recruitbot.system.security;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.system.security.AdminApiRoutes.Data;
import io.recruitbot.whatsapp.SandboxMedia;
import io.recruitbot.system.security.AdminApiRoutes.Route;
import io.recruitbot.system.security.AdminApiRoutes.Route.Access;
import io.recruitbot.recruiter.Role;
import io.recruitbot.system.security.AdminApiRoutes.Spelling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The admin API cannot be reached without its credentials however its path is spelled: every route, every spelling
 * that Spring MVC (or the container) would route to it, with the machine token and with a recruiter's session (whose
 * requests that change something also need the CSRF token, and whose role decides the administrators' routes).
 */
class AdminApiAccessIntegrationTests {

	static final String TOKEN = "test-token-0123456789";

	static Stream<Arguments> everyRouteSpelledEveryWay() {
		return Arrays.stream(Route.values())
			.flatMap((route) -> Arrays.stream(Spelling.values()).map((spelling) -> Arguments.of(route, spelling)));
	}

	/** The answer to a request that must be refused; what a refusal may be depends only on the spelling. */
	/** The routes that change something: reading needs no CSRF token. */
	static Stream<Route> routesThatChangeSomething() {
		return Arrays.stream(Route.values()).filter(Route::changes);
	}

	/** Every route but the conversation state, which needs a conversation (see {@code WithAToken}). */
	static Stream<Route> routesButTheConversationState() {
		return Arrays.stream(Route.values()).filter((route) -> route != Route.CONVERSATION_STATE);
	}

	/** The routes only an administrator may call. */
	static Stream<Route> administratorsRoutes() {
		return Arrays.stream(Route.values()).filter((route) -> route.access == Access.ADMIN);
	}

	/** The routes every recruiter may call (the conversation state has a test of its own: it needs a conversation). */
	static Stream<Route> recruitersRoutes() {
		return Arrays.stream(Route.values())
			.filter((route) -> route.access == Access.RECRUITER && route != Route.CONVERSATION_STATE);
	}

	static int refusal(Route route, Spelling spelling, int unauthenticated) {
		return switch (spelling) {
			// Spring Security matches the path Spring MVC routes: decoded, with the trailing slash
			case ENCODED_LETTER, TRAILING_SLASH -> unauthenticated;
			// not the API (paths are case-sensitive) but a console path: without a session, signing in comes first;
			// a change without the page's CSRF token is refused before that (403)
			case UPPER_CASE -> (route.method == HttpMethod.GET) ? unauthenticated : 403;
			// the firewall refuses the path before any matching
			case PATH_PARAMETER, ENCODED_SLASH, DOUBLE_SLASH, DOT_DOT, ENCODED_DOT_DOT -> 400;
		};
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	abstract static class AgainstTheApi {

		@Autowired
		MockMvc mvc;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		CandidateRepository candidates;

		@Autowired
		VacancyRepository vacancies;

		@Autowired
		Transcript transcript;

		@Autowired
		SandboxMedia media;

		Data data;

		@BeforeEach
		void createData() {
			this.data = Data.create(this.candidates, this.vacancies, this.jdbc, this.transcript, this.media);
		}

		/** Refused with {@code expected} in ApiError JSON, nothing personal in the answer, nothing changed. */
		void assertRefused(Route route, UnaryOperator<String> spelling, int expected, RequestPostProcessor... credentials)
				throws Exception {
			String before = Data.tables(this.jdbc);
			var request = route.request(this.data, spelling);
			for (RequestPostProcessor credential : credentials) {
				request = request.with(credential);
			}
			var result = this.mvc.perform(request).andReturn();
			MockHttpServletResponse response = result.getResponse();

			assertThat(response.getStatus()).as("%s %s", route.method, spelling).isEqualTo(expected);
			assertThat(response.getContentType()).startsWith("application/json");
			assertThat(response.getContentAsString()).contains("\"error\":", "\"message\":")
				.doesNotContain(this.data.secretsBesides(result.getRequest().getRequestURI()));
			// a refused request may get a fresh XSRF-TOKEN cookie (no credential), never a session
			assertThat(response.getHeaders("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
			assertThat(Data.tables(this.jdbc)).as("rows after %s %s", route.method, spelling).isEqualTo(before);
		}

	}

	@Nested
	@TestPropertySource(properties = "recruitbot.admin.api-token=" + TOKEN)
	class WithAToken extends AgainstTheApi {

		@ParameterizedTest(name = "{0} as {1}")
		@MethodSource("io.recruitbot.system.security.AdminApiAccessIntegrationTests#everyRouteSpelledEveryWay")
		void noTokenIsRefusedHoweverThePathIsSpelled(Route route, Spelling spelling) throws Exception {
			assertRefused(route, spelling, refusal(route, spelling, 401));
		}

		@ParameterizedTest(name = "{0} as {1}")
		@MethodSource("io.recruitbot.system.security.AdminApiAccessIntegrationTests#everyRouteSpelledEveryWay")
		void aWrongTokenIsRefusedHoweverThePathIsSpelled(Route route, Spelling spelling) throws Exception {
			assertRefused(route, spelling, refusal(route, spelling, 401), bearer("test-token-0123456780"), from("::1"));
		}

		@ParameterizedTest
		@EnumSource(Route.class)
		void theRightTokenIsServed(Route route) throws Exception {
			if (route == Route.CONVERSATION_STATE) {
				// a conversation exists once the bot has handled a message
				this.mvc.perform(Route.SANDBOX_INBOUND.request(this.data, (path) -> path).with(bearer(TOKEN)));
				await().atMost(AdminApiRoutes.PROCESSING)
					.until(() -> this.mvc.perform(route.request(this.data, (path) -> path).with(bearer(TOKEN)))
						.andReturn()
						.getResponse()
						.getStatus() == 200);
			}
			MockHttpServletResponse response = this.mvc
				.perform(route.request(this.data, (path) -> path).with(bearer(TOKEN)).with(from("203.0.113.9")))
				.andReturn()
				.getResponse();

			assertThat(response.getStatus()).as(route.name()).isBetween(200, 299);
			assertThat(response.getHeader("Set-Cookie")).isNull();
		}

		@Test
		void aTokenInAnotherSchemeIsRefused() throws Exception {
			var request = Route.CANDIDATES.request(this.data, (path) -> path)
				.header("Authorization", "Basic " + TOKEN);
			assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(401);
		}

	}

	@Nested
	class WithASession extends AgainstTheApi {

		MockHttpSession recruiter;

		MockHttpSession admin;

		@BeforeEach
		void signIn() throws Exception {
			this.recruiter = Sessions.signIn(this.mvc, Sessions.create(this.mvc, Role.RECRUITER));
			this.admin = Sessions.signIn(this.mvc, Sessions.create(this.mvc, Role.ADMIN));
		}

		@ParameterizedTest
		@MethodSource("io.recruitbot.system.security.AdminApiAccessIntegrationTests#routesThatChangeSomething")
		void aRequestThatChangesSomethingIsRefusedWithoutTheCsrfToken(Route route) throws Exception {
			assertRefused(route, (path) -> path, 403, session(this.admin));
			assertRefused(route, (path) -> path, 403, session(this.recruiter), xsrfHeader("not-the-token"));
		}

		@ParameterizedTest
		@MethodSource("io.recruitbot.system.security.AdminApiAccessIntegrationTests#administratorsRoutes")
		void aRecruiterCannotReachWhatIsForAdministrators(Route route) throws Exception {
			assertRefused(route, (path) -> path, 403, session(this.recruiter), csrf().asHeader());
		}

		@ParameterizedTest
		@MethodSource("io.recruitbot.system.security.AdminApiAccessIntegrationTests#recruitersRoutes")
		void aRecruiterIsServedTheRest(Route route) throws Exception {
			assertServed(route, session(this.recruiter), csrf().asHeader());
		}

		@ParameterizedTest
		@MethodSource("io.recruitbot.system.security.AdminApiAccessIntegrationTests#routesButTheConversationState")
		void anAdministratorIsServedEverything(Route route) throws Exception {
			assertServed(route, session(this.admin), csrf().asHeader());
		}

		@Test
		void thisMachineGetsNoExceptionAnyMore() throws Exception {
			for (String loopback : new String[] { "127.0.0.1", "::1" }) {
				assertRefused(Route.CANDIDATES, (path) -> path, 401, from(loopback), host("localhost"));
			}
		}

		void assertServed(Route route, RequestPostProcessor... credentials) throws Exception {
			var request = route.request(this.data, (path) -> path);
			for (RequestPostProcessor credential : credentials) {
				request = request.with(credential);
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s: %s", route, response.getContentAsString()).isBetween(200, 299);
		}

	}

	@Nested
	@TestPropertySource(properties = "recruitbot.admin.api-token=")
	class WithoutAToken extends AgainstTheApi {

		@ParameterizedTest
		@EnumSource(Route.class)
		void aBearerTokenOpensNothing(Route route) throws Exception {
			assertRefused(route, (path) -> path, 401, bearer(TOKEN), from("127.0.0.1"));
		}

	}

	static RequestPostProcessor session(MockHttpSession session) {
		return (request) -> {
			request.setSession(session);
			return request;
		};
	}

	static RequestPostProcessor xsrfHeader(String value) {
		return (request) -> {
			request.addHeader("X-XSRF-TOKEN", value);
			return request;
		};
	}

	static RequestPostProcessor host(String name) {
		return (request) -> {
			request.setServerName(name);
			return request;
		};
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

}
