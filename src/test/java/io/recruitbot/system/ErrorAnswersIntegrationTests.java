package io.recruitbot.system;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error answer of the running server is {@link ApiError} JSON: Tomcat's own refusals (which never reach Spring),
 * the firewall's, the admin API's and Spring Boot's error page, whatever the client accepts. Sent over a raw socket,
 * so that each request line reaches the server exactly as an attacker writes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "recruitbot.admin.api-token=" + ErrorAnswersIntegrationTests.TOKEN)
class ErrorAnswersIntegrationTests {

	static final String TOKEN = "test-token-0123456789";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	static Stream<Arguments> refusedRequests() {
		return Stream.of(
				// Tomcat: a NUL, an encoded slash, a path that climbs above the root, a method it refuses
				Arguments.of("GET /%00 HTTP/1.1", 400), Arguments.of("GET /%2e%2e%2f HTTP/1.1", 400),
				Arguments.of("GET /api%2Fcandidates HTTP/1.1", 400), Arguments.of("GET /../../etc/passwd HTTP/1.1", 400),
				Arguments.of("GET /%C0%AE%C0%AE/ HTTP/1.1", 400), Arguments.of("TRACE / HTTP/1.1", 405),
				// the firewall: path parameters, double slashes, paths Tomcat normalised but the raw one is not
				Arguments.of("GET /api;x/candidates HTTP/1.1", 400), Arguments.of("GET //api/candidates HTTP/1.1", 400),
				Arguments.of("GET /x/../api/candidates HTTP/1.1", 400),
				Arguments.of("GET /x/%2e%2e/api/candidates HTTP/1.1", 400),
				Arguments.of("GET /webhooks;jsessionid=1/whatsapp HTTP/1.1", 400),
				// the admin API, however its path is spelled
				Arguments.of("GET /api/candidates HTTP/1.1", 401), Arguments.of("GET /%61pi/candidates HTTP/1.1", 401),
				Arguments.of("GET /%61pi/dead-letters HTTP/1.1", 401),
				Arguments.of("POST /%61pi/sandbox/inbound HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 0",
						401),
				// a console path without a session, for a client that is no browser: whether it exists or not
				Arguments.of("GET /nothing-here HTTP/1.1\r\nAccept: application/json", 401),
				Arguments.of("GET /API/candidates HTTP/1.1", 401),
				// Spring MVC: an open path with the wrong method, whatever the client prefers to read
				Arguments.of("DELETE /health HTTP/1.1\r\nAccept: text/html", 405),
				// Spring Boot's error page, asked for directly
				Arguments.of("GET /error HTTP/1.1\r\nAccept: text/html", 404));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("refusedRequests")
	void everyRefusalIsApiErrorJson(String request, int status) {
		RawHttp.Answer answer = new RawHttp(this.port).send(request.replaceFirst(" HTTP/1.1", " HTTP/1.1\r\nHost: localhost"));

		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
		JsonNode body = this.json.readTree(answer.body());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("error", "message");
		assertThat(body.get("error").asString()).matches("[a-z_]+");
		assertThat(answer.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html", "<!doctype", "Exception");
	}

	@Test
	void aBrowserAskingForAPageWithoutASessionIsSentToTheLoginPageWhetherThePageExistsOrNot() {
		for (String path : new String[] { "/", "/nothing-here", "/API/candidates" }) {
			RawHttp.Answer answer = new RawHttp(this.port)
				.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8");

			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.header("Location")).as(path).endsWith("/login");
		}
	}

	@Test
	void aHeaderTheFirewallRefusesIsA400InJsonToo() {
		// Tomcat lets obs-text through; the firewall refuses control characters when the application reads the header
		RawHttp.Answer answer = new RawHttp(this.port).send("POST /webhooks/360dialog HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 2\r\nX-Webhook-Secret: a\u0085b", "{}");

		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/json");
	}

	@Test
	void theRightTokenIsServedOverTheWire() {
		RawHttp.Answer answer = new RawHttp(this.port)
			.send("GET /api/vacancies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).startsWith("[");
	}

}
