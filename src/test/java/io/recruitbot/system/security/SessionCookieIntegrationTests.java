package io.recruitbot.system.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.recruitbot.web.ConsoleBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie a real server (Tomcat, behind a TLS proxy or not) sets on sign-in: {@code HttpOnly} and
 * {@code SameSite=Lax} always, {@code Secure} when the proxy says the request came over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieIntegrationTests {

	private static final String PASSWORD = "cookie test password";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void behindTlsTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
		String cookie = sessionCookie(true);
		assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
	}

	@Test
	void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		String cookie = sessionCookie(false);
		assertThat(cookie).startsWith("JSESSIONID=").contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void theConsolesScriptSendsTheXsrfCookieBackAsAHeader() throws Exception {
		String session = sessionCookie(false).split(";")[0];
		String xsrf = xsrfCookie(session);
		String body = "{\"from\":\"31688800001\",\"profileName\":\"Jan\",\"text\":\"Hallo\"}";

		HttpResponse<String> withHeader = this.http.send(request("/api/sandbox/inbound")
			.header("Cookie", session + "; XSRF-TOKEN=" + xsrf)
			.header("X-XSRF-TOKEN", xsrf)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> withoutHeader = this.http.send(request("/api/sandbox/inbound")
			.header("Cookie", session + "; XSRF-TOKEN=" + xsrf)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(withHeader.statusCode()).as(withHeader.body()).isEqualTo(202);
		assertThat(withoutHeader.statusCode()).isEqualTo(403);
		assertThat(withoutHeader.body()).contains("csrf_token_missing");
	}

	/** The XSRF-TOKEN cookie a console page answer sets for a signed-in browser that has none. */
	private String xsrfCookie(String session) throws Exception {
		HttpResponse<String> page = this.http.send(request("/index.html").header("Cookie", session).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).as("readable by the console's script").doesNotContain("HttpOnly");
		return cookie.split(";")[0].substring("XSRF-TOKEN=".length());
	}

	/** Signs in as the console's login form does and returns the session cookie's Set-Cookie header. */
	private String sessionCookie(boolean https) throws Exception {
		String email = "cookie-" + System.nanoTime() + "@example.com";
		ConsoleBrowser.createRecruiter(this.port, email, PASSWORD, "RECRUITER");
		String proto = https ? "https" : "http";
		HttpResponse<String> page = this.http.send(request("/login").header("X-Forwarded-Proto", proto).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String xsrf = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0]
			.substring("XSRF-TOKEN=".length());

		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.send(request("/login").header("X-Forwarded-Proto", proto)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.startsWith(proto + "://").doesNotContain("/login"));
		List<String> cookies = signedIn.headers().allValues("Set-Cookie");
		return cookies.stream().filter((value) -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
