package io.recruitbot.crm;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /webhooks/chatwoot}: who may call it, and what recruiters' actions in Chatwoot do. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "recruitbot.webhooks.chatwoot-secret=" + ChatwootWebhookIntegrationTests.SECRET)
class ChatwootWebhookIntegrationTests {

	static final String SECRET = "webhook-secret";

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	JdbcClient jdbc;

	Candidate jan;

	@BeforeEach
	void janIsBeingScreened() {
		this.jdbc.sql("delete from outbox_message").update();
		this.jdbc.sql("delete from candidate").update();
		Candidate created = this.candidates.findOrCreate(ChatwootFixtures.PHONE, "Jan");
		storedStatus(created, CandidateStatus.SCREENING);
		this.jan = this.candidates.findById(created.id()).orElseThrow();
	}

	@Test
	void aRecruitersReplyGoesToTheCandidateOnceAndHandsTheConversationOff() throws Exception {
		String reply = ChatwootFixtures.read(ChatwootFixtures.AGENT_MESSAGE);

		deliver(signed(reply)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("relayed"));
		deliver(signed(reply)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ignored"));

		// the outbox relay may meanwhile have offered the re-engagement template (Jan never wrote in this test)
		assertThat(this.jdbc.sql("select recipient, kind, payload from outbox_message where kind <> 'template'")
			.query((row, n) -> row.getString("recipient") + " " + row.getString("kind") + " " + row.getString("payload"))
			.list()).singleElement()
			.asString()
			.startsWith(ChatwootFixtures.PHONE + " text ")
			.contains("Hi, this is Anna from recruitment. Can you come by on Monday?");
		assertThat(janStatus()).isEqualTo(CandidateStatus.HANDED_OFF);
		assertThat(this.jdbc.sql("select count(*) from crm_message_sync where chatwoot_message_id = 9001")
			.query(Long.class)
			.single()).as("the relayed reply is not mirrored back to Chatwoot").isEqualTo(1);
	}

	@Test
	void aPrivateNoteStaysInChatwoot() throws Exception {
		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.PRIVATE_NOTE))).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ignored"));

		assertThat(outboxSize()).isZero();
		assertThat(janStatus()).isEqualTo(CandidateStatus.SCREENING);
	}

	@Autowired
	CrmRecords records;

	@Test
	void theEchoOfAMessageThePlatformPostedIsNotSentBack() throws Exception {
		String sourceId = "recruitbot:" + UUID.randomUUID();
		this.records.registerOutgoing(sourceId, Instant.now());
		String echo = ChatwootFixtures.read(ChatwootFixtures.AGENT_MESSAGE)
			.replace("\"source_id\":null", "\"source_id\":\"" + sourceId + "\"");

		deliver(signed(echo)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ignored"));

		assertThat(outboxSize()).isZero();
		assertThat(janStatus()).isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void openingTheConversationTakesItOverAndResolvingGivesItBack() throws Exception {
		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN))).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("handed_off"));
		assertThat(janStatus()).isEqualTo(CandidateStatus.HANDED_OFF);

		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.STATUS_RESOLVED))).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("handed_back"));
		assertThat(janStatus()).isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void resolvingGivesAQualifiedCandidateBackQualified() throws Exception {
		storedStatus(this.jan, CandidateStatus.QUALIFIED);

		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN))).andExpect(jsonPath("$.outcome")
			.value("handed_off"));
		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.STATUS_RESOLVED))).andExpect(jsonPath("$.outcome")
			.value("handed_back"));

		assertThat(janStatus()).isEqualTo(CandidateStatus.QUALIFIED);
	}

	@Test
	void anOptedOutCandidateStaysOptedOut() throws Exception {
		storedStatus(this.jan, CandidateStatus.OPTED_OUT);

		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN))).andExpect(status().isOk());
		deliver(signed(ChatwootFixtures.read(ChatwootFixtures.AGENT_MESSAGE))).andExpect(status().isOk());

		assertThat(janStatus()).isEqualTo(CandidateStatus.OPTED_OUT);
		assertThat(outboxSize()).isZero();
	}

	@Test
	void aConversationUpdateWithoutAStatusChangeChangesNothing() throws Exception {
		storedStatus(this.jan, CandidateStatus.HANDED_OFF);
		String labelsChanged = ChatwootFixtures.read(ChatwootFixtures.STATUS_RESOLVED)
			.replace("conversation_status_changed", "conversation_updated")
			.replaceAll("\"changed_attributes\":\\[.*\\]", "\"changed_attributes\":[{\"label_list\":{}}]");

		deliver(signed(labelsChanged)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ignored"));

		assertThat(janStatus()).isEqualTo(CandidateStatus.HANDED_OFF);
	}

	@Test
	void theSecretAsTokenIsNoSilentFallbackAndTheRefusalSaysWhy() throws Exception {
		deliver(post("/webhooks/chatwoot?token=" + SECRET).contentType(MediaType.APPLICATION_JSON)
			.content(ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN))).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_signature"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("CHATWOOT_WEBHOOK_TOKEN")));

		assertThat(janStatus()).isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void anUnknownSourceIdWithThePlatformsPrefixIsStillARecruitersReply() throws Exception {
		String reply = ChatwootFixtures.read(ChatwootFixtures.AGENT_MESSAGE)
			.replace("\"source_id\":null", "\"source_id\":\"recruitbot:not-registered\"");

		deliver(signed(reply)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("relayed"));
	}

	@Test
	void aConversationTheCandidateReopenedFromResolvedStaysWithTheBot() throws Exception {
		String reopened = ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN)
			.replace("\"previous_value\":\"pending\"", "\"previous_value\":\"resolved\"");

		deliver(signed(reopened)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("kept_with_bot"));

		assertThat(janStatus()).isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void aMissingWrongOrExpiredSignatureIsRefused() throws Exception {
		String body = ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN);
		String old = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());

		deliver(post("/webhooks/chatwoot").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_signature"));
		deliver(signed(body).header("X-Chatwoot-Signature", "sha256=" + "0".repeat(64)))
			.andExpect(status().isUnauthorized());
		deliver(post("/webhooks/chatwoot").contentType(MediaType.APPLICATION_JSON)
			.header("X-Chatwoot-Timestamp", old)
			.header("X-Chatwoot-Signature", ChatwootSignature.sign(SECRET, old, body.getBytes(StandardCharsets.UTF_8)))
			.content(body)).andExpect(status().isUnauthorized());

		assertThat(janStatus()).isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void badBodiesGetClearClientErrors() throws Exception {
		deliver(signed("{\"event\": ").contentType(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_json"));
		deliver(signed("[1, 2]")).andExpect(status().isBadRequest());
		deliver(signed("event=message_created").contentType(MediaType.TEXT_PLAIN))
			.andExpect(status().isUnsupportedMediaType());
		deliver(signed("{\"event\":\"x\",\"pad\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}"))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void anEventThePlatformDoesNotActOnIsAcknowledged() throws Exception {
		deliver(signed("{\"event\":\"contact_created\",\"id\":5}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ignored"));
	}

	private ResultActions deliver(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request);
	}

	static MockHttpServletRequestBuilder signed(String body) {
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		return post("/webhooks/chatwoot").contentType(MediaType.APPLICATION_JSON)
			.header("X-Chatwoot-Timestamp", timestamp)
			.header("X-Chatwoot-Signature", ChatwootSignature.sign(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)))
			.content(body);
	}

	private CandidateStatus janStatus() {
		return this.candidates.findById(this.jan.id()).orElseThrow().status();
	}

	private long outboxSize() {
		return this.jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
	}

	/** A status as the lifecycle would have left it, set directly: the starting point of a test. */
	void storedStatus(Candidate candidate, CandidateStatus status) {
		this.jdbc.sql("update candidate set status = ? where id = ?").params(status.name(), candidate.id()).update();
	}

}
