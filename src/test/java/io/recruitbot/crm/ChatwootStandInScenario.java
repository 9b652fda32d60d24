package io.recruitbot.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.system.security.MachineRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * The whole service on a real port against {@link FakeChatwoot}: the candidate writes through the sandbox (the same
 * pipeline as WhatsApp), the mirror relay is run pass by pass, and Chatwoot's webhooks come back over HTTP, signed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ChatwootStandInScenario {

	static final String TOKEN = "recruiter-admin-token";

	static final String BOT_TOKEN = "agent-bot-token";

	static final String SECRET = "account-webhook-secret";

	static final FakeChatwoot chatwoot = new FakeChatwoot();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MirrorRelay relay;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	JdbcClient jdbc;

	static void chatwootAccount(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.chatwoot.base-url", chatwoot::baseUrl);
		properties.add("recruitbot.chatwoot.api-token", () -> TOKEN);
		properties.add("recruitbot.chatwoot.account-id", () -> "1");
		properties.add("recruitbot.chatwoot.inbox-id", () -> "1");
		properties.add("recruitbot.chatwoot.sync-interval", () -> "0s");
		properties.add("recruitbot.webhooks.chatwoot-secret", () -> SECRET);
	}

	@BeforeEach
	void aFreshChatwootAccount() {
		chatwoot.reset();
		chatwoot.tokens.put(TOKEN, FakeChatwoot.Role.ADMINISTRATOR);
		chatwoot.tokens.put(BOT_TOKEN, FakeChatwoot.Role.BOT);
		chatwoot.sendWebhooksTo("http://127.0.0.1:" + this.port + "/webhooks/chatwoot", SECRET, null);
		for (String table : List.of("crm_message_sync", "crm_candidate_sync", "crm_outgoing", "crm_erasure")) {
			this.jdbc.sql("delete from " + table).update();
		}
	}

	@AfterAll
	static void noWebhookWasRefused() {
		// every webhook the stand-in sent in a class was accepted: a refusal would be a signature problem
		List<Integer> refused = chatwoot.webhookAnswers.stream().filter((status) -> status != 200).toList();
		if (!refused.isEmpty()) {
			throw new AssertionError("webhooks refused: " + refused);
		}
	}

	/** The candidate writes on WhatsApp; answers once the bot has answered (or {@code answered} is false). */
	void candidateWrites(String phone, String text, boolean answered) throws Exception {
		int before = outboxTo(phone).size();
		String body = JSON.writeValueAsString(java.util.Map.of("from", phone, "profileName", "Jan", "text", text));
		send(HttpRequest.newBuilder(api("/api/sandbox/inbound"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (answered) {
			await().atMost(Duration.ofSeconds(20)).until(() -> outboxTo(phone).size() > before);
		}
	}

	/** What was sent to the candidate on WhatsApp, oldest first: the texts. */
	List<String> outboxTo(String phone) throws Exception {
		JsonNode sent = JSON.readTree(send(HttpRequest.newBuilder(api("/api/sandbox/outbox?to=" + phone)).GET()));
		List<String> texts = new ArrayList<>();
		sent.forEach((message) -> texts.add(message.path("text").asString("")));
		return texts;
	}

	/** Calls the service's admin API as a machine does, with the tests' {@code ADMIN_API_TOKEN}. */
	String send(HttpRequest.Builder request) throws Exception {
		request.header("Authorization", "Bearer " + MachineRequests.TOKEN);
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	URI api(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	CandidateStatus statusOf(String phone) {
		return this.candidates.findByPhone(phone).map(Candidate::status).orElse(null);
	}

	/** Runs the relay until the stand-in shows what {@code done} waits for (listeners run after their commit). */
	void relayUntil(java.util.function.BooleanSupplier done) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			this.relay.relayOnce();
			return done.getAsBoolean();
		});
	}

	/** The candidate says hello and consents, as every screening begins. */
	void consentedCandidate(String phone) throws Exception {
		candidateWrites(phone, "Hi, I saw your warehouse job in Rotterdam. Is it still open?", true);
		candidateWrites(phone, "yes that's fine", true);
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(phone) == CandidateStatus.SCREENING);
	}

}
