package io.recruitbot.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateErasure;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.candidate.TranscriptEntry;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.recruitbot.intake.WebhookFixtures.META_SECRET;
import static io.recruitbot.intake.WebhookFixtures.PREVIOUS_META_SECRET;
import static io.recruitbot.intake.WebhookFixtures.fixture;
import static io.recruitbot.intake.WebhookFixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static io.recruitbot.system.security.MachineRequests.get;
import static io.recruitbot.system.security.MachineRequests.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signed real-format deliveries through the HTTP layer, the inbox and the workers, on the full application. */
@SpringBootTest(properties = {
		"recruitbot.webhooks.meta-app-secret=" + META_SECRET + "," + PREVIOUS_META_SECRET,
		"recruitbot.webhooks.dialog360-secret=" + WebhookFixtures.DIALOG360_SECRET,
		"recruitbot.webhooks.meta-verify-token=" + WebhookFixtures.VERIFY_TOKEN,
		"recruitbot.inbox.poll-interval=200ms", "recruitbot.inbox.first-retry-delay=50ms",
		"recruitbot.inbox.max-attempts=3" })
@AutoConfigureMockMvc
@Import(RecordingConversationEngine.class)
class WhatsAppWebhookIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RecordingConversationEngine engine;

	@Autowired
	private InboxWorkers workers;

	@Autowired
	private CandidateRepository candidates;

	@Autowired
	private Transcript records;

	@Autowired
	private CandidateErasure erasure;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ApplicationContext context;

	@BeforeEach
	void startFromAnEmptyDatabase() {
		await().atMost(PATIENCE).until(() -> inboxCount("state in ('PENDING', 'PROCESSING')") == 0);
		TestDatabases.truncateAll(this.dataSource);
		this.engine.reset();
	}

	private ResultActions deliver(byte[] body) throws Exception {
		return deliver(body, signature(META_SECRET, body));
	}

	private ResultActions deliver(byte[] body, String signature) throws Exception {
		var request = post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON).content(body);
		if (signature != null) {
			request = request.header("X-Hub-Signature-256", signature);
		}
		return this.mvc.perform(request);
	}

	private long inboxCount(String condition) {
		return JdbcClient.create(this.dataSource)
			.sql("select count(*) from inbox_message where " + condition)
			.query(Long.class)
			.single();
	}

	private void awaitHandled(int count) {
		await().atMost(PATIENCE).until(() -> this.engine.handled().size() >= count);
	}

	@Test
	void aSignedTextMessageReachesTheConversationEngineAndTheTranscript() throws Exception {
		deliver(fixture("whatsapp-text")).andExpect(status().isOk());
		awaitHandled(1);
		RecordingConversationEngine.Handled handled = this.engine.handled().get(0);
		assertThat(handled.message().text()).isEqualTo("Hi, I saw your warehouse job in Rotterdam. Is it still open?");
		// the log lines of the message name its inbox row: Meta's id carries the sender's phone number
		assertThat(handled.correlationId()).matches("inbox-\\d+").doesNotContain(handled.message().providerMessageId());
		Candidate candidate = this.candidates.findByPhone("31600000101").orElseThrow();
		assertThat(candidate.profileName()).isEqualTo("Jan");
		assertThat(this.records.of(candidate.id())).extracting(TranscriptEntry::direction, TranscriptEntry::type,
				TranscriptEntry::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("inbound", "text",
					"Hi, I saw your warehouse job in Rotterdam. Is it still open?"));
		await().atMost(PATIENCE).until(() -> inboxCount("state = 'DONE'") == 1);
	}

	@Test
	void buttonReplyListReplyAndDocumentArriveAsTheirTypes() throws Exception {
		deliver(fixture("whatsapp-button-reply")).andExpect(status().isOk());
		deliver(fixture("whatsapp-list-reply")).andExpect(status().isOk());
		deliver(fixture("whatsapp-document")).andExpect(status().isOk());
		awaitHandled(3);
		assertThat(this.engine.handled()).extracting((h) -> h.message().type())
			.containsExactly(InboundType.BUTTON_REPLY, InboundType.LIST_REPLY, InboundType.DOCUMENT);
		Candidate jan = this.candidates.findByPhone("31600000101").orElseThrow();
		assertThat(this.records.of(jan.id())).extracting(TranscriptEntry::type)
			.containsExactly("button_reply", "list_reply", "document");
	}

	@Test
	void everyMessageOfABatchIsProcessedInOrder() throws Exception {
		deliver(fixture("whatsapp-batch-3")).andExpect(status().isOk());
		awaitHandled(3);
		assertThat(this.engine.handledIds()).containsExactly("wamid.BATCH0001", "wamid.BATCH0002", "wamid.BATCH0003");
	}

	@Test
	void statusReportsMoveOutboundMessagesForward() throws Exception {
		Candidate jan = this.candidates.findOrCreate("31600000101", "Jan");
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		for (String id : List.of("wamid.OUTBOUND0001", "wamid.OUTBOUND0003")) {
			jdbc.sql("""
					insert into message (id, candidate_id, direction, provider_message_id, type, text, status, at)
					values (?, ?, 'outbound', ?, 'text', 'Hello', 'sent', ?)""")
				.params(UUID.randomUUID(), jan.id(), id, java.time.OffsetDateTime.now())
				.update();
		}
		deliver(fixture("whatsapp-status-delivered")).andExpect(status().isOk());
		deliver(fixture("whatsapp-status-failed-131047")).andExpect(status().isOk());
		assertThat(jdbc.sql("select status from message where provider_message_id = 'wamid.OUTBOUND0001'")
			.query(String.class)
			.single()).isEqualTo("delivered");
		assertThat(jdbc.sql("select error_code from message where provider_message_id = 'wamid.OUTBOUND0003'")
			.query(String.class)
			.single()).isEqualTo("131047");
		assertThat(inboxCount("1 = 1")).as("status reports are not inbound messages").isZero();
	}

	@Test
	void theSameMessageDeliveredThreeTimesIsProcessedOnce() throws Exception {
		double deduplicatedBefore = this.meters.counter("recruitbot.webhooks.deduplicated").count();
		for (int i = 0; i < 3; i++) {
			deliver(fixture("whatsapp-text")).andExpect(status().isOk());
		}
		awaitHandled(1);
		Thread.sleep(300);
		assertThat(this.engine.handled()).hasSize(1);
		assertThat(this.meters.counter("recruitbot.webhooks.deduplicated").count() - deduplicatedBefore).isEqualTo(2);
	}

	@Test
	void theSameMessageDeliveredConcurrentlyIsProcessedOnce() throws Exception {
		byte[] body = fixture("whatsapp-image");
		List<Integer> answers = Concurrently.run(8, () -> deliver(body).andReturn().getResponse().getStatus());
		assertThat(answers).containsOnly(200);
		awaitHandled(1);
		Thread.sleep(300);
		assertThat(this.engine.handledIds()).containsExactly("wamid.IMG0001");
	}

	@Test
	void fiftyMessagesOfOneConversationDeliveredOutOfOrderAreProcessedInOrder() throws Exception {
		String phone = "31600000777";
		List<byte[]> deliveries = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			deliveries.add(WebhookFixtures.text("wamid.ORDER" + i, phone, 1764316800L + i, "message " + i));
		}
		Collections.shuffle(deliveries);
		this.engine.takeMillisPerMessage(2);
		// everything arrives before the first is processed, as after an outage when the provider catches up
		this.workers.stop();
		try {
			ExecutorService senders = Executors.newFixedThreadPool(4);
			List<Future<Integer>> answers = new ArrayList<>();
			for (byte[] body : deliveries) {
				answers.add(senders.submit(() -> deliver(body).andReturn().getResponse().getStatus()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
			senders.shutdown();
		}
		finally {
			this.workers.start();
		}
		awaitHandled(50);
		List<Instant> order = this.engine.handledFrom(phone).stream().map(InboundMessage::sentAt).toList();
		assertThat(order).hasSize(50).isSorted();
		assertThat(this.engine.overlaps()).isZero();
	}

	@Test
	void conversationsAreProcessedInParallelAndEachInOrder() throws Exception {
		this.engine.takeMillisPerMessage(5);
		ExecutorService senders = Executors.newFixedThreadPool(4);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			for (int p = 0; p < 4; p++) {
				byte[] body = WebhookFixtures.text("wamid.P" + p + "M" + i, "3160000080" + p, 1764316800L + i, "m" + i);
				answers.add(senders.submit(() -> deliver(body).andReturn().getResponse().getStatus()));
			}
			for (Future<Integer> answer : answers) {
				answer.get();
			}
		}
		senders.shutdown();
		awaitHandled(40);
		for (int p = 0; p < 4; p++) {
			assertThat(this.engine.handledFrom("3160000080" + p)).extracting(InboundMessage::sentAt).hasSize(10).isSorted();
		}
		assertThat(this.engine.overlaps()).isZero();
	}

	@Test
	void aMessageThatFailsOnceIsRetriedAndProcessed() throws Exception {
		this.engine.failNext("wamid.DOC0001", 1);
		deliver(fixture("whatsapp-document")).andExpect(status().isOk());
		awaitHandled(1);
		assertThat(this.engine.handledIds()).containsExactly("wamid.DOC0001");
		await().atMost(PATIENCE).until(() -> inboxCount("state = 'DONE' and attempts = 2") == 1);
	}

	@Test
	void aMessageThatKeepsFailingIsDeadLetteredAndCanBeRetried() throws Exception {
		this.engine.failNext("wamid.LIST0001", 100);
		deliver(fixture("whatsapp-list-reply")).andExpect(status().isOk());
		await().atMost(PATIENCE).until(() -> inboxCount("state = 'DEAD'") == 1);
		this.mvc.perform(get("/api/dead-letters"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].providerMessageId").value("wamid.LIST0001"))
			.andExpect(jsonPath("$[0].attempts").value(3))
			.andExpect(jsonPath("$[0].lastError").value(org.hamcrest.Matchers.startsWith("IllegalStateException at ")));
		assertThat(this.engine.handled()).isEmpty();
		await().atMost(PATIENCE)
			.until(() -> this.meters.get("recruitbot.inbox.dead.letters").gauge().value() == 1.0);

		this.engine.failNext("wamid.LIST0001", 0);
		long id = JdbcClient.create(this.dataSource).sql("select id from inbox_message").query(Long.class).single();
		this.mvc.perform(post("/api/dead-letters/{id}/retry", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PENDING"));
		awaitHandled(1);
		assertThat(this.engine.handledIds()).containsExactly("wamid.LIST0001");
		this.mvc.perform(get("/api/dead-letters")).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(post("/api/dead-letters/{id}/retry", id)).andExpect(status().isNotFound());
	}

	@Test
	void deliveriesSignedWithThePreviousSecretAreAcceptedDuringARotation() throws Exception {
		byte[] body = fixture("whatsapp-text");
		deliver(body, signature(PREVIOUS_META_SECRET, body)).andExpect(status().isOk());
		awaitHandled(1);
	}

	@Test
	void deliveriesWithAWrongOrMissingSignatureAreRefusedAndNotStored() throws Exception {
		byte[] body = fixture("whatsapp-text");
		deliver(body, signature("not-the-secret", body)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("bad_signature"));
		deliver(body, null).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("missing_signature"));
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Rotterdam", "Amsterdam")
			.getBytes(StandardCharsets.UTF_8);
		deliver(tampered, signature(META_SECRET, body)).andExpect(status().isUnauthorized());
		assertThat(inboxCount("1 = 1")).isZero();
		assertThat(this.meters.counter("recruitbot.webhooks.rejected", "reason", "bad_signature").count())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void oversizedNonJsonAndMalformedBodiesAreRefusedWithClearErrors() throws Exception {
		byte[] huge = new byte[WebhookBody.LIMIT + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		deliver(huge).andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.error").value("payload_too_large"));
		double notJsonBefore = this.meters.counter("recruitbot.webhooks.rejected", "reason", "unsupported_media_type")
			.count();
		this.mvc.perform(post("/webhooks/whatsapp").contentType(MediaType.TEXT_PLAIN).content("hello"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.error").value("unsupported_media_type"));
		this.mvc.perform(post("/webhooks/360dialog").content("hello")).andExpect(status().isUnsupportedMediaType());
		assertThat(this.meters.counter("recruitbot.webhooks.rejected", "reason", "unsupported_media_type").count()
				- notJsonBefore).isEqualTo(2);
		byte[] broken = "{\"object\":\"whatsapp_business_account\",\"entry\":[".getBytes(StandardCharsets.UTF_8);
		deliver(broken).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("malformed_json"));
		deliver("[1,2]".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
		deliver("{} trailing".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
		deliver(new byte[0]).andExpect(status().isBadRequest());
	}

	@Test
	void validJsonWithoutMessagesIsAcknowledged() throws Exception {
		deliver("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"unknown\":1}}]}]}"
			.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
		deliver("{\"entry\":\"not-a-list\",\"messages\":{}}".getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
	}

	@Test
	void metaVerificationHandshakeEchoesTheChallengeOnlyForTheRightToken() throws Exception {
		this.mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "subscribe")
			.param("hub.verify_token", WebhookFixtures.VERIFY_TOKEN)
			.param("hub.challenge", "1158201444"))
			.andExpect(status().isOk())
			.andExpect(content().string("1158201444"));
		this.mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "subscribe")
			.param("hub.verify_token", "wrong")
			.param("hub.challenge", "1158201444")).andExpect(status().isForbidden());
		this.mvc.perform(get("/webhooks/whatsapp")).andExpect(status().isForbidden());
	}

	@Test
	void dialog360DeliveriesNeedTheSharedSecretHeader() throws Exception {
		byte[] body = fixture("whatsapp-batch-3");
		this.mvc.perform(post("/webhooks/360dialog").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/webhooks/360dialog").contentType(MediaType.APPLICATION_JSON)
			.header("X-Webhook-Secret", "wrong")
			.content(body)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/webhooks/360dialog").contentType(MediaType.APPLICATION_JSON)
			.header("X-Webhook-Secret", WebhookFixtures.DIALOG360_SECRET)
			.content(body)).andExpect(status().isOk());
		awaitHandled(3);
		assertThat(this.meters.counter("recruitbot.webhooks.received", "provider", "360dialog").count()).isPositive();
	}

	@Test
	void sandboxInboundGoesThroughTheSamePipeline() throws Exception {
		String answer = this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"+31 6 0000 0555\",\"profileName\":\"Eva\",\"text\":\"Hoi, ik zoek werk\"}"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("sandbox-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		awaitHandled(1);
		InboundMessage message = this.engine.handled().get(0).message();
		assertThat(answer).contains(message.providerMessageId());
		assertThat(message.phone()).isEqualTo("31600000555");
		assertThat(message.type()).isEqualTo(InboundType.TEXT);
		assertThat(this.candidates.findByPhone("31600000555")).map(Candidate::profileName).contains("Eva");
	}

	@Test
	void sandboxInboundWithoutSenderOrTextIsRefused() throws Exception {
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hi\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"));
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"31600000555\",\"text\":\"  \"}")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void erasingACandidateDeletesTheirInboxMessages() throws Exception {
		deliver(fixture("whatsapp-batch-3")).andExpect(status().isOk());
		awaitHandled(3);
		await().atMost(PATIENCE).until(() -> inboxCount("state = 'DONE'") == 3);
		Candidate sara = this.candidates.findByPhone("31600000102").orElseThrow();
		this.erasure.erase(sara.id(), ErasureReason.CANDIDATE_REQUEST, "test");
		await().atMost(PATIENCE).until(() -> inboxCount("phone = '31600000102'") == 0);
	}

	@Test
	void jobsHealthReportsTheInboxAndStaysUpWithABacklog() throws Exception {
		this.workers.stop();
		try {
			deliver(fixture("whatsapp-batch-3")).andExpect(status().isOk());
			this.context.getBean(IntakeMetrics.class).refresh();
			var health = this.context.getBean("jobs", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("inboxDepth", 3L).containsEntry("deadLetters", 0L);
			assertThat(this.meters.get("recruitbot.inbox.depth").gauge().value()).isEqualTo(3.0);
		}
		finally {
			this.workers.start();
		}
		awaitHandled(3);
	}

	@Test
	void anEmptyInboxReadJustBeforeMessagesArriveIsNotReportedAfterThem() throws Exception {
		this.workers.stop();
		try {
			assertThat(this.meters.get("recruitbot.inbox.depth").gauge().value()).as("read while empty").isZero();
			deliver(fixture("whatsapp-batch-3")).andExpect(status().isOk());
			assertThat(this.meters.get("recruitbot.inbox.depth").gauge().value()).isEqualTo(3.0);
		}
		finally {
			this.workers.start();
		}
		awaitHandled(3);
	}

}
