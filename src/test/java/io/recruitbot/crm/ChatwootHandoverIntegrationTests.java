package io.recruitbot.crm;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.recruitbot.candidate.CandidateStatus;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over against a Chatwoot whose inbox has no agent bot (Recruitbot posts with the recruiter token only):
 * Chatwoot reopens a resolved conversation to {@code open} on the candidate's message, which must not silence the bot,
 * and the webhook echo of a message Recruitbot posts can arrive before Chatwoot answers the POST.
 */
class ChatwootHandoverIntegrationTests extends ChatwootStandInScenario {

	@DynamicPropertySource
	static void chatwoot(DynamicPropertyRegistry properties) {
		chatwootAccount(properties);
		properties.add("recruitbot.chatwoot.handoff-team-id", () -> "5");
	}

	@Test
	void botHandsOverRecruiterRepliesAndResolvesThenTheBotAnswersTheCandidateAgain() throws Exception {
		String phone = newPhone();
		consentedCandidate(phone);
		relayUntil(() -> !chatwoot.conversations.isEmpty() && chatwoot.messages.size() >= 4);
		FakeChatwoot.Conversation conversation = chatwoot.onlyConversation();
		assertThat(conversation.status).as("the bot's conversations are pending").isEqualTo("pending");

		candidateWrites(phone, "Can I speak to a person please?", true);
		relayUntil(() -> "open".equals(conversation.status));
		assertThat(conversation.teamId).as("assigned to CHATWOOT_HANDOFF_TEAM_ID").isEqualTo(5L);
		assertThat(statusOf(phone)).isEqualTo(CandidateStatus.HANDED_OFF);

		chatwoot.agentReplies(conversation.id, "Hi Jan, Anna here. Can you come by on Monday?");
		awaitOutboxContains(phone, "Hi Jan, Anna here. Can you come by on Monday?");
		chatwoot.agentSetsStatus(conversation.id, "resolved");
		awaitStatus(phone, CandidateStatus.SCREENING);

		int sentBefore = outboxTo(phone).size();
		candidateWrites(phone, "I have about 4 years of experience", true);
		relayUntil(() -> "pending".equals(conversation.status) && chatwoot.messagesIn(conversation.id)
			.stream()
			.anyMatch((message) -> "I have about 4 years of experience".equals(message.content())));

		assertThat(statusOf(phone)).as("the candidate's reopening is not a take-over").isEqualTo(CandidateStatus.SCREENING);
		List<String> sent = outboxTo(phone);
		assertThat(sent).hasSizeGreaterThan(sentBefore);
		assertThat(sent.get(sent.size() - 1)).isNotEqualTo("Hi Jan, Anna here. Can you come by on Monday?");
		assertThat(sent.stream().filter("Hi Jan, Anna here. Can you come by on Monday?"::equals))
			.as("the recruiter's reply went once").hasSize(1);
		assertThat(chatwoot.messagesIn(conversation.id)
			.stream()
			.filter((message) -> message.content().startsWith("Hi Jan, Anna"))).as("not mirrored back").hasSize(1);
	}

	@Test
	void anEchoThatArrivesBeforeChatwootAnswersThePostIsNotRelayed() throws Exception {
		chatwoot.echoBeforeAnswering = true;
		String phone = newPhone();
		consentedCandidate(phone);
		int sent = outboxTo(phone).size();

		relayUntil(() -> chatwoot.messages.stream().filter((message) -> "outgoing".equals(message.messageType())).count() >= 2);

		assertThat(chatwoot.messages).allMatch((message) -> message.senderType().equals("user")
				|| message.senderType().equals("contact"), "posted with the recruiter token: echoes look like a person's");
		assertThat(outboxTo(phone)).as("no echo went back to the candidate").hasSize(sent);
		assertThat(statusOf(phone)).as("no echo counted as a take-over").isEqualTo(CandidateStatus.SCREENING);
	}

	@Test
	void aCandidateWhoDeclinesNeverReachesChatwoot() throws Exception {
		String phone = newPhone();
		candidateWrites(phone, "Hi, I saw your warehouse job in Rotterdam. Is it still open?", true);
		candidateWrites(phone, "no, I do not agree", false);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> this.jdbc.sql("""
				select count(*) from message m join candidate c on c.id = m.candidate_id
				where c.phone = ? and m.direction = 'inbound'""").param(phone).query(Long.class).single() == 2);

		for (int pass = 0; pass < 3; pass++) {
			this.relay.relayOnce();
		}

		assertThat(this.candidates.findByPhone(phone).map((candidate) -> candidate.consentAt())).as("declined").isEmpty();
		assertThat(chatwoot.contacts).isEmpty();
		assertThat(chatwoot.requests).as("not a single request reached Chatwoot").isEmpty();
	}

	@Test
	void recruiterAttachmentsGoToTheCandidateAsWhatsAppMediaAndLabelsTheyAddedStay() throws Exception {
		String phone = newPhone();
		consentedCandidate(phone);
		relayUntil(() -> !chatwoot.conversations.isEmpty());
		FakeChatwoot.Conversation conversation = chatwoot.onlyConversation();
		chatwoot.agentAddsLabel(conversation.id, "call-monday");

		chatwoot.agentReplies(conversation.id, "", FakeChatwoot.attachment("file", "https://chatwoot.example/rails/active_storage/blobs/x/contract.pdf"),
				FakeChatwoot.attachment("image", "https://chatwoot.example/rails/active_storage/blobs/y/map.png"));
		awaitOutboxContains(phone, "[document: contract.pdf]");
		awaitOutboxContains(phone, "[image: map.png]");
		relayUntil(() -> conversation.labels.contains("handed-off"));

		assertThat(conversation.labels).contains("call-monday", "handed-off").doesNotContain("screening");
		assertThat(this.jdbc.sql("select kind from outbox_message where recipient = ? order by created_at")
			.param(phone).query(String.class).list()).contains("document", "image");
	}

	@Test
	void aReplyWhatsAppDidNotDeliverIsReportedBackAsAPrivateNoteWithTheReason() throws Exception {
		String phone = newPhone();
		consentedCandidate(phone);
		relayUntil(() -> !chatwoot.conversations.isEmpty());
		FakeChatwoot.Conversation conversation = chatwoot.onlyConversation();
		chatwoot.agentReplies(conversation.id, "Are you still interested?");
		awaitOutboxContains(phone, "Are you still interested?");

		// WhatsApp refuses it: the window had closed (the failure a status webhook or the send itself reports)
		java.util.UUID reply = this.jdbc.sql("select id from message where text = ? and direction = 'outbound'")
			.param("Are you still interested?").query(java.util.UUID.class).single();
		this.transcript.recordFailed(reply, "131047", java.time.Instant.now());
		relayUntil(() -> chatwoot.messagesIn(conversation.id).stream().anyMatch(FakeChatwoot.Message::privateNote));

		assertThat(chatwoot.messagesIn(conversation.id)).filteredOn(FakeChatwoot.Message::privateNote)
			.extracting(FakeChatwoot.Message::content)
			.anyMatch((note) -> note.startsWith("Not delivered on WhatsApp: more than 24 hours"));
		int notes = (int) chatwoot.messagesIn(conversation.id).stream().filter(FakeChatwoot.Message::privateNote).count();
		this.relay.relayOnce();
		assertThat(chatwoot.messagesIn(conversation.id).stream().filter(FakeChatwoot.Message::privateNote))
			.as("reported once").hasSize(notes);
	}

	@org.springframework.beans.factory.annotation.Autowired
	io.recruitbot.candidate.Transcript transcript;

	private void awaitOutboxContains(String phone, String text) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> outboxTo(phone).contains(text));
	}

	private void awaitStatus(String phone, CandidateStatus status) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> statusOf(phone) == status);
	}

	static String newPhone() {
		return "3161" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

}
