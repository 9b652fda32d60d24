package io.recruitbot.recruiter;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end: Spring Security's authorization-code flow against a stand-in OpenID provider (WireMock:
 * discovery document, signing keys, authorization and token endpoints, user info), walked by an HTTP client that
 * follows each redirect by hand as a browser would. The provider vouches for a person; the console decides whether
 * that person is one of its recruiters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnIntegrationTests {

	private static final String CLIENT_ID = "recruitbot-console";

	private static final String CLIENT_SECRET = "a-client-secret";

	private static final String CODE = "the-authorization-code";

	private static final RSAKey KEY = signingKey();

	private static final WireMockServer provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		provider.start();
		String issuer = provider.baseUrl();
		provider.stubFor(get("/.well-known/openid-configuration").willReturn(okJson("""
				{"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
				 "userinfo_endpoint": "%1$s/userinfo", "jwks_uri": "%1$s/keys", "response_types_supported": ["code"],
				 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
				 "scopes_supported": ["openid", "email", "profile"],
				 "token_endpoint_auth_methods_supported": ["client_secret_basic"]}""".formatted(issuer))));
		provider.stubFor(get("/keys").willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
		// the provider's own sign-in page, passed: it sends the browser back with a code and the console's state
		provider.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
			.withHeader("Location", "{{request.query.redirect_uri}}?code=" + CODE + "&state={{request.query.state}}")
			.withTransformers("response-template")));
	}

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		registry.add("recruitbot.access.oidc-issuer-uri", provider::baseUrl);
		registry.add("recruitbot.access.oidc-client-id", () -> CLIENT_ID);
		registry.add("recruitbot.access.oidc-client-secret", () -> CLIENT_SECRET);
	}

	@AfterAll
	static void stopProvider() {
		provider.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Recruiters recruiters;

	/** A browser: it keeps its cookies, and each redirect is followed by the test. */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aRecruiterWhoseAddressHasAnAccountIsSignedInWithTheAccountsRole() throws Exception {
		String email = address("anna");
		this.recruiters.create(email, "Anna", Role.ADMIN, null);

		// the provider may spell the address in another case than the account
		String landing = signOn(email.toUpperCase(Locale.ROOT), true);

		assertThat(landing).isEqualTo(app("/"));
		HttpResponse<String> me = this.browser.send(request(app("/api/me")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("\"email\":\"" + email + "\"").contains("\"role\":\"ADMIN\"");
	}

	@Test
	void aPersonWithoutARecruiterAccountIsRefusedWithAPageThatSaysSoAndNoAccountIsMade() throws Exception {
		String email = address("stranger");

		String landing = signOn(email, true);

		assertThat(landing).isEqualTo(app("/login?unknown"));
		assertThat(page(landing)).contains("has no recruiter account here");
		assertThat(this.recruiters.findByEmail(email)).isEmpty();
		assertThat(signedIn()).isFalse();
	}

	@Test
	void aDisabledRecruiterIsRefused() throws Exception {
		String email = address("disabled");
		Recruiter recruiter = this.recruiters.create(email, "Dana", Role.RECRUITER, null);
		this.recruiters.enable(recruiter.id(), false);

		String landing = signOn(email, true);

		assertThat(landing).isEqualTo(app("/login?unknown"));
		assertThat(signedIn()).isFalse();
	}

	@Test
	void aRecruiterLockedOutByWrongPasswordsStillSignsOnThroughTheProvider() throws Exception {
		String email = address("locked");
		this.recruiters.create(email, "Lou", Role.RECRUITER, null);
		this.recruiters.recordFailedSignIn(email, 1, Duration.ofMinutes(15));
		assertThat(this.recruiters.findByEmail(email).orElseThrow().lockedAt(Instant.now())).isTrue();

		assertThat(signOn(email, true)).isEqualTo(app("/"));
		assertThat(signedIn()).isTrue();
	}

	@Test
	void anAddressTheProviderHasNotVerifiedIsRefused() throws Exception {
		String email = address("unverified");
		this.recruiters.create(email, "Uma", Role.RECRUITER, null);

		assertThat(signOn(email, false)).isEqualTo(app("/login?unknown"));
		assertThat(signedIn()).isFalse();
	}

	/**
	 * Walks the flow from the login page's "Sign in with your organisation's account" link to where the console sends
	 * the browser at the end; the provider vouches for {@code email}.
	 */
	private String signOn(String email, boolean verified) throws Exception {
		HttpResponse<String> start = this.browser.send(request(app("/oauth2/authorization/oidc")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
		Map<String, String> asked = query(authorize);
		assertThat(authorize.toString()).startsWith(provider.baseUrl() + "/authorize?");
		assertThat(asked).containsEntry("client_id", CLIENT_ID)
			.containsEntry("response_type", "code")
			.containsEntry("redirect_uri", app("/login/oauth2/code/oidc"))
			.containsKeys("state", "nonce");
		String subject = "subject-" + email;
		provider.stubFor(post("/token").withBasicAuth(CLIENT_ID, CLIENT_SECRET)
			.withRequestBody(containing("code=" + CODE))
			.willReturn(okJson("""
					{"access_token": "an-access-token", "token_type": "Bearer", "expires_in": 300,
					 "scope": "openid email profile", "id_token": "%s"}""".formatted(idToken(subject, email, verified,
					asked.get("nonce"))))));
		provider.stubFor(get("/userinfo").withHeader("Authorization", equalTo("Bearer an-access-token"))
			.willReturn(okJson("""
					{"sub": "%s", "email": "%s", "email_verified": %s}""".formatted(subject, email, verified))));

		HttpResponse<String> providerPage = this.browser.send(request(authorize.toString()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(providerPage.statusCode()).isEqualTo(302);
		String callback = providerPage.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith(app("/login/oauth2/code/oidc?code=" + CODE));

		HttpResponse<String> back = this.browser.send(request(callback).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
		return back.headers().firstValue("Location").orElseThrow();
	}

	private boolean signedIn() throws Exception {
		return this.browser.send(request(app("/api/me")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.discarding())
			.statusCode() == 200;
	}

	private String page(String url) throws Exception {
		HttpResponse<String> page = this.browser.send(request(url).header("Accept", "text/html")
			.header("Accept-Language", "en")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private static String idToken(String subject, String email, boolean verified, String nonce) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(provider.baseUrl())
			.subject(subject)
			.audience(CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("nonce", nonce)
			.claim("email", email)
			.claim("email_verified", verified)
			.build();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID())
			.type(JOSEObjectType.JWT)
			.build(), claims);
		token.sign(new RSASSASigner(KEY));
		return token.serialize();
	}

	private static RSAKey signingKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> query(URI uri) {
		return Arrays.stream(uri.getRawQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0],
					(pair) -> URLDecoder.decode((pair.length > 1) ? pair[1] : "", StandardCharsets.UTF_8)));
	}

	private static String address(String name) {
		return name + "-" + System.nanoTime() + "@contoso.example";
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static HttpRequest.Builder request(String url) {
		return HttpRequest.newBuilder(URI.create(url));
	}

}
