package io.recruitbot.system.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.whatsapp.SandboxMedia;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every route of the admin API (from the controllers), the ways an attacker spells its path, and the data a request
 * could read or change: one candidate, one vacancy, one dead letter, one recruiter.
 */
final class AdminApiRoutes {

	private static final AtomicInteger PHONES = new AtomicInteger();

	private AdminApiRoutes() {
	}

	enum Route {

		CANDIDATES(HttpMethod.GET, "/api/candidates", null), CANDIDATE(HttpMethod.GET, "/api/candidates/{candidate}", null),
		MESSAGES(HttpMethod.GET, "/api/candidates/{candidate}/messages", null),
		EXPORT(HttpMethod.GET, "/api/candidates/{candidate}/export", null),
		MESSAGE_MEDIA(HttpMethod.GET, "/api/candidates/{candidate}/messages/{message}/media", null),
		ERASE(HttpMethod.DELETE, "/api/candidates/{candidate}", null, Access.ADMIN),
		VACANCIES(HttpMethod.GET, "/api/vacancies", null), NEW_VACANCY(HttpMethod.POST, "/api/vacancies", """
				{"id":"intruder","title":"Intruder","city":"Utrecht"}""", Access.ADMIN),
		DELETE_VACANCY(HttpMethod.DELETE, "/api/vacancies/{vacancy}", null, Access.ADMIN),
		DEAD_LETTERS(HttpMethod.GET, "/api/dead-letters", null, Access.ADMIN),
		RETRY_DEAD_LETTER(HttpMethod.POST, "/api/dead-letters/{deadLetter}/retry", null, Access.ADMIN),
		CONVERSATION_STATE(HttpMethod.GET, "/api/conversations/{phone}/state", null),
		SANDBOX_OUTBOX(HttpMethod.GET, "/api/sandbox/outbox?to={phone}", null),
		SANDBOX_INBOUND(HttpMethod.POST, "/api/sandbox/inbound", """
				{"from":"{phone}","profileName":"Intruder","text":"Hallo"}"""),
		SANDBOX_MEDIA(HttpMethod.POST, "/api/sandbox/media?fileName=intruder.png", "not really a picture",
				MediaType.IMAGE_PNG),
		ME(HttpMethod.GET, "/api/me", null), RECRUITERS(HttpMethod.GET, "/api/recruiters", null, Access.ADMIN),
		NEW_RECRUITER(HttpMethod.POST, "/api/recruiters", """
				{"email":"intruder-{phone}@example.com","displayName":"Intruder","role":"ADMIN","password":"intruder-password"}""",
				Access.ADMIN),
		DISABLE_RECRUITER(HttpMethod.POST, "/api/recruiters/{recruiter}/disable", null, Access.ADMIN),
		ENABLE_RECRUITER(HttpMethod.POST, "/api/recruiters/{recruiter}/enable", null, Access.ADMIN),
		RESET_PASSWORD(HttpMethod.POST, "/api/recruiters/{recruiter}/password", """
				{"password":"intruder-password"}""", Access.ADMIN);

		/** Who may call a route: every signed-in recruiter, or administrators (and the machine token) only. */
		enum Access {

			RECRUITER, ADMIN

		}

		final HttpMethod method;

		final String path;

		final String body;

		final Access access;

		final MediaType contentType;

		Route(HttpMethod method, String path, String body) {
			this(method, path, body, Access.RECRUITER);
		}

		Route(HttpMethod method, String path, String body, MediaType contentType) {
			this(method, path, body, Access.RECRUITER, contentType);
		}

		Route(HttpMethod method, String path, String body, Access access) {
			this(method, path, body, access, MediaType.APPLICATION_JSON);
		}

		Route(HttpMethod method, String path, String body, Access access, MediaType contentType) {
			this.method = method;
			this.path = path;
			this.body = body;
			this.access = access;
			this.contentType = contentType;
		}

		boolean changes() {
			return this.method != HttpMethod.GET;
		}

		/** The request for this route with its path spelled by {@code spelling}, exactly as given. */
		MockHttpServletRequestBuilder request(Data data, UnaryOperator<String> spelling) {
			String[] pathAndQuery = data.fill(this.path).split("\\?", 2);
			String target = spelling.apply(pathAndQuery[0]) + ((pathAndQuery.length > 1) ? "?" + pathAndQuery[1] : "");
			// absolute, so that a path starting with "//" stays a path instead of becoming a host name
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(this.method,
					URI.create("http://localhost" + target));
			return (this.body != null) ? request.contentType(this.contentType).content(data.fill(this.body)) : request;
		}

	}

	/** How a path of the API can be spelled so that it is routed to the API but may not look like {@code /api/...}. */
	enum Spelling implements UnaryOperator<String> {

		ENCODED_LETTER("/%61pi/...", (path) -> "/%61pi" + path.substring(4)),
		PATH_PARAMETER("/api;x/...", (path) -> "/api;x" + path.substring(4)),
		ENCODED_SLASH("/api%2F...", (path) -> "/api%2F" + path.substring(5)),
		DOUBLE_SLASH("//api/...", (path) -> "/" + path), UPPER_CASE("/API/...", (path) -> "/API" + path.substring(4)),
		TRAILING_SLASH("/api/.../", (path) -> path + "/"), DOT_DOT("/x/../api/...", (path) -> "/x/.." + path),
		ENCODED_DOT_DOT("/x/%2e%2e/api/...", (path) -> "/x/%2e%2e" + path);

		private final String example;

		private final UnaryOperator<String> respell;

		Spelling(String example, UnaryOperator<String> respell) {
			this.example = example;
			this.respell = respell;
		}

		@Override
		public String apply(String path) {
			return this.respell.apply(path);
		}

		@Override
		public String toString() {
			return this.example;
		}

	}

	/**
	 * What the routes act on, created fresh for each test, and a count of every table a route can change: one
	 * candidate with a picture they sent (kept by the sandbox gateway), one vacancy, one dead letter, one recruiter.
	 */
	record Data(String candidate, String message, String phone, String profileName, String vacancy, long deadLetter,
			String recruiter) {

		static Data create(CandidateRepository candidates, VacancyRepository vacancies, JdbcClient jdbc,
				Transcript transcript, SandboxMedia media) {
			String phone = "3169" + String.format("%07d", PHONES.incrementAndGet());
			UUID candidateId = candidates.findOrCreate(phone, "Geheim Persoon").id();
			String candidate = candidateId.toString();
			SandboxMedia.File picture = media.keep("image/png", null, new byte[] { 1, 2, 3 });
			transcript.recordInbound(candidateId, new ReceivedMessage("wamid.media-" + phone, "image", null,
					picture.id(), picture.mimeType(), null, Instant.now()));
			String message = jdbc.sql("select id from message where candidate_id = ?")
				.param(candidateId)
				.query(UUID.class)
				.single()
				.toString();
			String vacancy = "target-" + PHONES.get();
			vacancies.upsert(new Vacancy(vacancy, "Target", "Utrecht", null, null, null, null, null, null, null, null,
					null, null, null));
			jdbc.sql("""
					insert into inbox_message (provider, provider_message_id, phone, provider_timestamp, payload, state,
					  attempts, available_at, received_at, message_type, last_error, dead_at)
					values ('sandbox', :id, :phone, current_timestamp, :payload, 'DEAD', 5, current_timestamp,
					  current_timestamp, 'text', 'failed', current_timestamp)""")
				.param("id", "dead-" + phone)
				.param("phone", phone)
				.param("payload", """
						{"providerMessageId":"dead-%s","phone":"%s","sentAt":"2026-01-01T00:00:00Z","type":"TEXT","text":"Hoi"}"""
					.formatted(phone, phone))
				.update();
			long deadLetter = jdbc.sql("select id from inbox_message where provider_message_id = ?")
				.param("dead-" + phone)
				.query(Long.class)
				.single();
			// a recruiter other than the caller, with a hash a refused reset or disable would have changed
			String recruiter = UUID.randomUUID().toString();
			jdbc.sql("""
					insert into recruiter (id, email, display_name, role, password_hash, enabled, failed_attempts, created_at)
					values (?, ?, 'Target Recruiter', 'RECRUITER', 'untouched', true, 0, current_timestamp)""")
				.params(UUID.fromString(recruiter), "target-" + PHONES.get() + "@example.com")
				.update();
			return new Data(candidate, message, phone, "Geheim Persoon", vacancy, deadLetter, recruiter);
		}

		/** What the answer to a refused {@code request} must not contain: what the request did not bring itself. */
		String[] secretsBesides(String request) {
			return Stream.of(this.phone, this.profileName, this.candidate, "Target")
				.filter((secret) -> !request.contains(secret))
				.toArray(String[]::new);
		}

		String fill(String template) {
			return template.replace("{candidate}", this.candidate)
				.replace("{message}", this.message)
				.replace("{phone}", this.phone)
				.replace("{vacancy}", this.vacancy)
				.replace("{deadLetter}", String.valueOf(this.deadLetter))
				.replace("{recruiter}", this.recruiter);
		}

		/** Every row a refused request could have read, added, changed or removed. */
		static String tables(JdbcClient jdbc) {
			return jdbc.sql("""
					select (select count(*) from candidate) || '/' || (select count(*) from vacancy) || '/'
					  || (select count(*) from inbox_message) || '/'
					  || (select count(*) from inbox_message where state = 'DEAD') || '/'
					  || (select count(*) from outbox_message) || '/' || (select count(*) from recruiter) || '/'
					  || (select count(*) from recruiter where enabled) || '/'
					  || (select count(*) from recruiter where password_hash = 'untouched')""").query(String.class).single();
		}

	}

	static final Duration PROCESSING = Duration.ofSeconds(20);

}
