package io.recruitbot.system.security;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every route of the admin API (from the controllers), the ways an attacker spells its path, and the data a request
 * could read or change: one candidate, one vacancy, one dead letter.
 */
final class AdminApiRoutes {

	private static final AtomicInteger PHONES = new AtomicInteger();

	private AdminApiRoutes() {
	}

	enum Route {

		CANDIDATES(HttpMethod.GET, "/api/candidates", null), CANDIDATE(HttpMethod.GET, "/api/candidates/{candidate}", null),
		MESSAGES(HttpMethod.GET, "/api/candidates/{candidate}/messages", null),
		EXPORT(HttpMethod.GET, "/api/candidates/{candidate}/export", null),
		ERASE(HttpMethod.DELETE, "/api/candidates/{candidate}", null), VACANCIES(HttpMethod.GET, "/api/vacancies", null),
		NEW_VACANCY(HttpMethod.POST, "/api/vacancies", """
				{"id":"intruder","title":"Intruder","city":"Utrecht"}"""),
		DELETE_VACANCY(HttpMethod.DELETE, "/api/vacancies/{vacancy}", null),
		DEAD_LETTERS(HttpMethod.GET, "/api/dead-letters", null),
		RETRY_DEAD_LETTER(HttpMethod.POST, "/api/dead-letters/{deadLetter}/retry", null),
		CONVERSATION_STATE(HttpMethod.GET, "/api/conversations/{phone}/state", null),
		SANDBOX_OUTBOX(HttpMethod.GET, "/api/sandbox/outbox?to={phone}", null),
		SANDBOX_INBOUND(HttpMethod.POST, "/api/sandbox/inbound", """
				{"from":"{phone}","profileName":"Intruder","text":"Hallo"}""");

		final HttpMethod method;

		final String path;

		final String body;

		Route(HttpMethod method, String path, String body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		/** The request for this route with its path spelled by {@code spelling}, exactly as given. */
		MockHttpServletRequestBuilder request(Data data, UnaryOperator<String> spelling) {
			String[] pathAndQuery = data.fill(this.path).split("\\?", 2);
			String target = spelling.apply(pathAndQuery[0]) + ((pathAndQuery.length > 1) ? "?" + pathAndQuery[1] : "");
			// absolute, so that a path starting with "//" stays a path instead of becoming a host name
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(this.method,
					URI.create("http://localhost" + target));
			return (this.body != null) ? request.contentType(MediaType.APPLICATION_JSON).content(data.fill(this.body))
					: request;
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

	/** What the routes act on, created fresh for each test, and a count of every table a route can change. */
	record Data(String candidate, String phone, String profileName, String vacancy, long deadLetter) {

		static Data create(CandidateRepository candidates, VacancyRepository vacancies, JdbcClient jdbc) {
			String phone = "3169" + String.format("%07d", PHONES.incrementAndGet());
			String candidate = candidates.findOrCreate(phone, "Geheim Persoon").id().toString();
			String vacancy = "target-" + PHONES.get();
			vacancies.upsert(new Vacancy(vacancy, "Target", "Utrecht", null, null, null, null, null, null, null, null,
					null, null));
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
			return new Data(candidate, phone, "Geheim Persoon", vacancy, deadLetter);
		}

		/** What the answer to a refused {@code request} must not contain: what the request did not bring itself. */
		String[] secretsBesides(String request) {
			return Stream.of(this.phone, this.profileName, this.candidate, "Target")
				.filter((secret) -> !request.contains(secret))
				.toArray(String[]::new);
		}

		String fill(String template) {
			return template.replace("{candidate}", this.candidate)
				.replace("{phone}", this.phone)
				.replace("{vacancy}", this.vacancy)
				.replace("{deadLetter}", String.valueOf(this.deadLetter));
		}

		/** Every row a refused request could have read, added, changed or removed. */
		static String tables(JdbcClient jdbc) {
			return jdbc.sql("""
					select (select count(*) from candidate) || '/' || (select count(*) from vacancy) || '/'
					  || (select count(*) from inbox_message) || '/'
					  || (select count(*) from inbox_message where state = 'DEAD') || '/'
					  || (select count(*) from outbox_message)""").query(String.class).single();
		}

	}

	static final Duration PROCESSING = Duration.ofSeconds(20);

}
