package io.recruitbot.crm;

import io.recruitbot.system.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateErasure;
import io.recruitbot.candidate.CandidateProfile;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.whatsapp.OutboundMessage;
import io.recruitbot.whatsapp.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The mirror against a Chatwoot played by WireMock, on the embedded database. */
@SpringBootTest
class ChatwootMirrorIntegrationTests {

	static final WireMockServer chatwoot = new WireMockServer(options().dynamicPort());

	static final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));

	static final String MESSAGES = ChatwootStubs.ACCOUNT + "/conversations/102/messages";

	@DynamicPropertySource
	static void chatwoot(DynamicPropertyRegistry properties) {
		chatwoot.start();
		properties.add("recruitbot.chatwoot.base-url", chatwoot::baseUrl);
		properties.add("recruitbot.chatwoot.api-token", () -> ChatwootStubs.TOKEN);
		properties.add("recruitbot.chatwoot.account-id", () -> "1");
		properties.add("recruitbot.chatwoot.inbox-id", () -> "1");
		properties.add("recruitbot.chatwoot.sync-interval", () -> "0s");
	}

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		MovableClock movableClock() {
			return clock;
		}

	}

	@AfterAll
	static void stop() {
		chatwoot.stop();
	}

	@Autowired
	MirrorRelay relay;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Candidates lifecycle;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CandidateErasure erasure;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChatwootHealthIndicator health;

	@Autowired
	MeterRegistry meters;

	Candidate jan;

	@BeforeEach
	void janWroteAndTheBotAnswered() {
		ChatwootStubs.emptyAccount(chatwoot);
		this.jdbc.sql("delete from candidate").update();
		this.jdbc.sql("delete from outbox_message").update();
		this.jdbc.sql("delete from crm_candidate_sync").update();
		this.jan = this.candidates.findOrCreate(ChatwootFixtures.PHONE, "Jan");
		// consented (nothing of a candidate's reaches Chatwoot before), still NEW until screening starts
		this.jdbc.sql("update candidate set consent_at = ? where id = ?")
			.params(SqlTimestamps.param(clock.instant().minusSeconds(30)), this.jan.id())
			.update();
		inbound("Hallo, ik zoek werk in Rotterdam", clock.instant().minusSeconds(60));
		this.outbox.enqueue(new OutboundMessage(this.jan.id(), this.jan.phone(),
				new OutboundMessage.Text("Welkom Jan! Mag ik je gegevens bewaren?"), "consent"));
	}

	@Test
	void theConversationIsMirroredInOrderUnderAContactFoundOrCreatedByPhone() {
		assertThat(this.relay.relayOnce()).isEqualTo(1);

		chatwoot.verify(getRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/contacts/search?q=%2B31600000101"))
			.withHeader("api_access_token", equalTo(ChatwootStubs.TOKEN)));
		chatwoot.verify(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/contacts"))
			.withHeader("api_access_token", equalTo(ChatwootStubs.TOKEN))
			.withRequestBody(equalToJson("""
					{"inbox_id": 1, "name": "Jan", "phone_number": "+31600000101",
					 "custom_attributes": {"status": "NEW", "recruitbot_candidate_id": "%s"}}""".formatted(this.jan.id()),
					false, true)));
		chatwoot.verify(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/conversations"))
			.withRequestBody(equalToJson("""
					{"source_id": "src-101", "inbox_id": 1, "contact_id": 101, "status": "pending"}""")));
		List<LoggedRequest> posts = messagePosts();
		assertThat(posts).hasSize(2);
		assertThat(posts.get(0).getHeader("api_access_token")).isEqualTo(ChatwootStubs.TOKEN);
		assertThat(posts.get(0).getBodyAsString()).contains("\"content\":\"Hallo, ik zoek werk in Rotterdam\"")
			.contains("\"message_type\":\"incoming\"")
			.contains("\"private\":false")
			.contains("\"source_id\":\"recruitbot:");
		assertThat(posts.get(1).getBodyAsString()).contains("\"content\":\"Welkom Jan! Mag ik je gegevens bewaren?\"")
			.contains("\"message_type\":\"outgoing\"");
		chatwoot.verify(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/bulk_actions"))
			.withRequestBody(matchingJsonPath("$.ids[0]", equalTo("102")))
			.withRequestBody(matchingJsonPath("$.labels.add", equalToJson("[\"new\"]")))
			.withRequestBody(matchingJsonPath("$.labels.remove", containing("screening"))));
		assertThat(chatwoot.findAll(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/conversations/102/labels"))))
			.as("never the list-replacing endpoint: a recruiter's label added meanwhile would be lost").isEmpty();
		assertThat(this.jdbc.sql("select chatwoot_contact_id, chatwoot_conversation_id from conversation where candidate_id = ?")
			.param(this.jan.id())
			.query((row, n) -> row.getLong(1) + "/" + row.getLong(2))
			.single()).isEqualTo("101/102");
		assertThat(this.meters.get("recruitbot.chatwoot.sync.lag").gauge().value()).isZero();

		chatwoot.resetRequests();
		assertThat(this.relay.relayOnce()).as("nothing new, nothing sent").isZero();
		assertThat(chatwoot.getAllServeEvents()).isEmpty();
	}

	@Test
	void aStatusChangeUpdatesTheContactTheLabelAndLeavesANote() {
		this.relay.relayOnce();
		chatwoot.resetRequests();
		clock.advance(Duration.ofMinutes(1));
		this.transaction.executeWithoutResult((tx) -> {
			this.lifecycle.startScreening(this.jan.id(), clock.instant(), "screening", null);
			this.lifecycle.recordAnswers(this.jan.id(), new CandidateProfile("Jan de Vries", null, "Rotterdam",
					"warehouse worker", 2.0, "now", 40, true, true, List.of("nl", "en"), null));
			this.lifecycle.qualify(this.jan.id(), List.of("warehouse-rotterdam"));
		});

		// no new message: the status events (handled after the commit) tell the relay
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.relay.relayOnce()).isEqualTo(1));

		chatwoot.verify(putRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/contacts/101"))
			.withHeader("api_access_token", equalTo(ChatwootStubs.TOKEN))
			.withRequestBody(equalToJson("""
					{"name": "Jan de Vries", "custom_attributes": {"status": "QUALIFIED", "city": "Rotterdam",
					 "hours_per_week": 40, "driving_license": true, "languages": "nl, en",
					 "matched_vacancy_ids": "warehouse-rotterdam"}}""", false, true)));
		chatwoot.verify(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/bulk_actions"))
			.withRequestBody(matchingJsonPath("$.labels.add", equalToJson("[\"qualified\"]")))
			.withRequestBody(matchingJsonPath("$.labels.remove", containing("new"))));
		chatwoot.verify(postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(equalToJson("""
				{"content": "Status: QUALIFIED (was NEW). Matched vacancies: warehouse-rotterdam.",
				 "message_type": "outgoing", "private": true}""", false, true)));
	}

	@Test
	void serverErrorsAndRateLimitsAreRetriedWithBackoff() {
		chatwoot.stubFor(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("busy"));
		chatwoot.stubFor(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs("busy")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30"))
			.willSetStateTo("fine"));
		chatwoot.stubFor(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs("fine")
			.willReturn(okJson("{\"id\": 7001}")).willSetStateTo("fine-again"));
		chatwoot.stubFor(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs("fine-again")
			.willReturn(okJson("{\"id\": 7002}")));
		double failedBefore = this.meters.get("recruitbot.chatwoot.sync.failed").counter().count();

		assertThat(this.relay.relayOnce()).as("500").isZero();
		assertThat(this.health.health().getStatus()).isEqualTo(ChatwootHealthIndicator.DEGRADED);
		assertThat(this.relay.relayOnce()).as("waits its first backoff").isZero();
		clock.advance(MirrorRelay.FIRST_RETRY);
		assertThat(this.relay.relayOnce()).as("429").isZero();
		clock.advance(Duration.ofSeconds(29));
		assertThat(this.relay.relayOnce()).as("Retry-After is honoured").isZero();
		clock.advance(Duration.ofSeconds(1));
		assertThat(this.relay.relayOnce()).isEqualTo(1);

		assertThat(chatwoot.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(4);
		assertThat(this.jdbc.sql("select chatwoot_message_id from crm_message_sync order by chatwoot_message_id")
			.query(Long.class)
			.list()).containsExactly(7001L, 7002L);
		assertThat(this.meters.get("recruitbot.chatwoot.sync.failed").counter().count() - failedBefore).isEqualTo(2);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aConversationDeletedInChatwootIsStartedAgain() {
		this.relay.relayOnce();
		chatwoot.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(404)));
		chatwoot.stubFor(post(urlEqualTo(ChatwootStubs.ACCOUNT + "/conversations")).willReturn(okJson("{\"id\": 103}")));
		inbound("Is er nog plek?", clock.instant());

		assertThat(this.relay.relayOnce()).isZero();
		clock.advance(MirrorRelay.FIRST_RETRY);
		assertThat(this.relay.relayOnce()).isEqualTo(1);

		chatwoot.verify(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/conversations/103/messages"))
			.withRequestBody(equalToJson("{\"content\": \"Is er nog plek?\", \"message_type\": \"incoming\"}", false, true)));
		assertThat(this.jdbc.sql("select chatwoot_conversation_id from conversation where candidate_id = ?")
			.param(this.jan.id())
			.query(Long.class)
			.single()).isEqualTo(103L);
	}

	@Test
	void erasingTheCandidateDeletesTheirChatwootContact() throws InterruptedException {
		this.relay.relayOnce();

		this.erasure.erase(this.jan.id(), ErasureReason.ADMIN_REQUEST, "test");

		for (int waited = 0; waited < 100 && chatwoot.findAll(deleteRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/contacts/101"))).isEmpty(); waited++) {
			Thread.sleep(50);
		}
		chatwoot.verify(deleteRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/contacts/101"))
			.withHeader("api_access_token", equalTo(ChatwootStubs.TOKEN)));
		for (int waited = 0; waited < 100 && syncRows() > 0; waited++) {
			Thread.sleep(50);
		}
		assertThat(syncRows()).isZero();
		assertThat(this.jdbc.sql("select count(*) from crm_message_sync").query(Long.class).single()).isZero();
	}

	@Test
	void healthAndLagShowTheMirrorBehindWithoutNamingAnyone() {
		clock.advance(Duration.ofMinutes(10));
		chatwoot.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)));

		this.relay.relayOnce();

		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(ChatwootHealthIndicator.DEGRADED);
		assertThat(health.getDetails()).containsEntry("failingCandidates", 1L).containsKey("lagSeconds");
		assertThat(health.getDetails().toString()).doesNotContain(ChatwootFixtures.PHONE).doesNotContain(ChatwootStubs.TOKEN);
		assertThat(this.meters.get("recruitbot.chatwoot.sync.lag").gauge().value()).isEqualTo(660);
	}

	private List<LoggedRequest> messagePosts() {
		return chatwoot.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
	}

	private long syncRows() {
		return this.jdbc.sql("select count(*) from crm_candidate_sync").query(Long.class).single();
	}

	private void inbound(String text, Instant at) {
		this.jdbc.sql("""
				insert into message (id, candidate_id, direction, provider_message_id, type, text, at)
				values (?, ?, 'inbound', ?, 'text', ?, ?)""")
			.params(UUID.randomUUID(), this.jan.id(), "wamid." + UUID.randomUUID(), text, SqlTimestamps.param(at))
			.update();
	}

}
