package io.recruitbot.crm;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Candidates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The set-up the docs recommend: Recruitbot is the inbox's Agent Bot (its messages are the bot's, and Chatwoot itself
 * keeps a reopened conversation pending), qualified candidates are handed over, and erasure needs an administrator.
 */
class ChatwootAgentBotIntegrationTests extends ChatwootStandInScenario {

	@DynamicPropertySource
	static void chatwoot(DynamicPropertyRegistry properties) {
		chatwootAccount(properties);
		properties.add("recruitbot.chatwoot.agent-bot-token", () -> BOT_TOKEN);
		properties.add("recruitbot.chatwoot.handoff-assignee-id", () -> "7");
		properties.add("recruitbot.chatwoot.handoff-on", () -> "request,qualified");
	}

	@Autowired
	Candidates lifecycle;

	@Autowired
	ChatwootSetupCheck setup;

	@Autowired
	ChatwootHealthIndicator health;

	@Autowired
	MeterRegistry meters;

	@org.junit.jupiter.api.BeforeEach
	void theSetUpIsCheckedAgainstTheFreshAccount() {
		this.setup.check();
	}

	@Test
	void withAnAgentBotTheBotsMessagesAreTheBotsAndAResolvedConversationComesBackPending() throws Exception {
		chatwoot.agentBot = true;
		String phone = ChatwootHandoverIntegrationTests.newPhone();
		consentedCandidate(phone);
		candidateWrites(phone, "Can I speak to a person please?", true);
		relayUntil(() -> !chatwoot.conversations.isEmpty() && "open".equals(chatwoot.onlyConversation().status));
		FakeChatwoot.Conversation conversation = chatwoot.onlyConversation();
		assertThat(conversation.assigneeId).as("CHATWOOT_HANDOFF_ASSIGNEE_ID").isEqualTo(7L);
		assertThat(chatwoot.messagesIn(conversation.id)).filteredOn((message) -> "outgoing".equals(message.messageType())
				&& !message.privateNote()).isNotEmpty().allMatch((message) -> "agent_bot".equals(message.senderType()));

		chatwoot.agentReplies(conversation.id, "Hello, this is Anna.");
		chatwoot.agentSetsStatus(conversation.id, "resolved");
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(phone) == CandidateStatus.SCREENING);
		candidateWrites(phone, "I have about 4 years of experience", true);
		relayUntil(() -> chatwoot.messagesIn(conversation.id).stream()
			.anyMatch((message) -> "I have about 4 years of experience".equals(message.content())));

		assertThat(conversation.status).as("Chatwoot reopened it to the bot").isEqualTo("pending");
		assertThat(statusOf(phone)).isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void aQualifiedCandidateIsHandedOverAndHandingBackRestoresQualified() throws Exception {
		String phone = ChatwootHandoverIntegrationTests.newPhone();
		consentedCandidate(phone);
		relayUntil(() -> !chatwoot.conversations.isEmpty());
		FakeChatwoot.Conversation conversation = chatwoot.onlyConversation();

		this.lifecycle.qualify(this.candidates.findByPhone(phone).orElseThrow().id(), List.of("warehouse-rotterdam"));
		relayUntil(() -> "open".equals(conversation.status));
		assertThat(statusOf(phone)).isEqualTo(CandidateStatus.HANDED_OFF);

		chatwoot.agentSetsStatus(conversation.id, "pending");
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(phone) == CandidateStatus.QUALIFIED);
	}

	@Test
	void erasureWithAnAgentsTokenDegradesHealthAndFinishesOnceTheTokenIsAnAdministrators() throws Exception {
		String phone = ChatwootHandoverIntegrationTests.newPhone();
		consentedCandidate(phone);
		relayUntil(() -> !chatwoot.contacts.isEmpty());
		String candidateId = this.candidates.findByPhone(phone).orElseThrow().id().toString();
		chatwoot.tokens.put(TOKEN, FakeChatwoot.Role.AGENT);
		this.setup.check();
		assertThat(this.health.health().getDetails().get("message")).asString()
			.startsWith("Erasure will fail: CHATWOOT_API_TOKEN belongs to an agent");
		double failuresBefore = this.meters.get("recruitbot.chatwoot.erasure.failures").counter().count();

		send(HttpRequest.newBuilder(api("/api/candidates/" + candidateId)).DELETE());
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingErasures().size() == 1
				&& waitingErasures().get(0).path("attempts").asInt() >= 1);

		JsonNode waiting = waitingErasures().get(0);
		assertThat(waiting.path("candidateId").asString()).isEqualTo(candidateId);
		assertThat(waiting.path("lastError").asString()).contains("401", "administrator");
		Health degraded = this.health.health();
		assertThat(degraded.getStatus()).isEqualTo(ChatwootHealthIndicator.DEGRADED);
		assertThat(degraded.getDetails().get("pendingErasures")).isEqualTo(1L);
		assertThat(this.meters.get("recruitbot.chatwoot.erasure.failures").counter().count()).isGreaterThan(failuresBefore);
		assertThat(send(HttpRequest.newBuilder(api("/metrics")).GET())).contains("recruitbot_chatwoot_erasure_failures_total");
		assertThat(chatwoot.contacts).hasSize(1);

		chatwoot.tokens.put(TOKEN, FakeChatwoot.Role.ADMINISTRATOR);
		this.setup.check();
		String retried = send(HttpRequest.newBuilder(api("/api/dead-letters/chatwoot-erasures/" + candidateId + "/retry"))
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(JSON.readTree(retried).path("state").asString()).isEqualTo("DONE");
		assertThat(chatwoot.contacts).as("contact, conversation and attributes gone from Chatwoot").isEmpty();
		assertThat(chatwoot.conversations).isEmpty();
		assertThat(waitingErasures()).isEmpty();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aMisconfiguredInboxShowsInHealthAndPausesTheMirror() throws Exception {
		chatwoot.inboxChannel = "Channel::Whatsapp";

		this.setup.check();

		assertThat(this.health.health().getDetails().get("message")).asString()
			.contains("Inbox 1 (CHATWOOT_INBOX_ID) is a Channel::Whatsapp inbox", "API channel inbox");
		String phone = ChatwootHandoverIntegrationTests.newPhone();
		consentedCandidate(phone);
		this.relay.relayOnce();
		assertThat(chatwoot.conversations).isEmpty();

		chatwoot.inboxChannel = "Channel::Api";
		this.setup.check();
		assertThat(chatwoot.attributeDefinitions).as("the screening fields show in the sidebar")
			.contains("recruitbot_candidate_id", "status", "city", "consent_at");
		relayUntil(() -> !chatwoot.conversations.isEmpty());
	}

	private List<JsonNode> waitingErasures() throws Exception {
		return JSON.readTree(send(HttpRequest.newBuilder(api("/api/dead-letters/chatwoot-erasures")).GET()))
			.valueStream()
			.toList();
	}

}
