package io.recruitbot.whatsapp;

import io.recruitbot.system.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.system.TestDatabases;
import io.recruitbot.whatsapp.OutboundMessage.Template;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox relay on PostgreSQL and H2: delivery, order, retries, the customer-service window, leases. */
class OutboxRelayIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final MovableClock clock = new MovableClock(NOW);

	private final RecordingGateway gateway = new RecordingGateway();

	private final List<AutoCloseable> open = new ArrayList<>();

	private HikariDataSource database;

	private DeliveryBench bench;

	private DeliveryBench on(TestDatabases kind) {
		this.database = kind.migrated();
		TestDatabases.truncateAll(this.database);
		this.bench = bench();
		return this.bench;
	}

	private DeliveryBench bench() {
		DeliveryBench another = new DeliveryBench(this.database, this.gateway, this.clock);
		this.open.add(0, another);
		return another;
	}

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.open) {
			closeable.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void queuedMessageIsSentAndTheProviderIdRecorded(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = bench.candidate("31611111111");
		bench.candidateWrites(anna, NOW.minusSeconds(60));

		UUID id = bench.outbox().enqueue(new OutboundMessage(anna, "+31 6 1111 1111", new Text("Welcome!"), null));
		bench.relayUntilIdle();

		assertThat(this.gateway.sent()).singleElement().satisfies((sent) -> {
			assertThat(sent.to()).isEqualTo("31611111111");
			assertThat(sent.content()).isEqualTo(new Text("Welcome!"));
			assertThat(providerIdOf(id)).isEqualTo(sent.providerMessageId());
		});
		assertThat(bench.messageStatus(id)).isEqualTo("sent");
		assertThat(bench.jobState(id)).isEqualTo("SENT");
		assertThat(bench.meters().counter("recruitbot.outbound.sent", "provider", "recording", "kind", "text").count())
			.isEqualTo(1.0);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void messagesToOneRecipientGoOutInTheOrderTheyWereQueued(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		UUID bram = openWindow(bench, "31622222222");
		transaction().executeWithoutResult((tx) -> {
			for (int i = 1; i <= 5; i++) {
				bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("anna " + i), null));
				bench.outbox().enqueue(new OutboundMessage(bram, "31622222222", new Text("bram " + i), null));
			}
		});

		bench.relayUntilIdle();

		assertThat(bodiesTo("31611111111")).containsExactly("anna 1", "anna 2", "anna 3", "anna 4", "anna 5");
		assertThat(bodiesTo("31622222222")).containsExactly("bram 1", "bram 2", "bram 3", "bram 4", "bram 5");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void longTextGoesOutAsSeveralMessagesInOrder(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		String story = "This is a sentence of the vacancy description. ".repeat(200).strip();

		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text(story), "consent"));
		bench.relayUntilIdle();

		List<String> parts = bodiesTo("31611111111");
		assertThat(parts).hasSize(3).allSatisfy((part) -> assertThat(part).hasSizeLessThanOrEqualTo(4096).endsWith("."));
		assertThat(String.join(" ", parts)).isEqualTo(story);
		assertThat(bench.jdbc.sql("select awaiting_field from outbox_message order by queue_order")
			.query(String.class)
			.list()).containsExactly(null, null, "consent");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void passingFailureIsRetriedWithBackoff(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		this.gateway.refuseNext(DeliveryFailure.fromAnswer(500, "131000", "Something went wrong", null));
		UUID id = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Hello"), null));

		bench.relayUntilIdle();
		assertThat(bench.jobState(id)).isEqualTo("PENDING");
		assertThat(nextAttemptOf(id)).isEqualTo(NOW.plusSeconds(2));
		assertThat(lastErrorCodeOf(id)).isEqualTo("131000");
		assertThat(this.gateway.sent()).isEmpty();

		this.clock.advance(Duration.ofSeconds(2));
		bench.relayUntilIdle();
		assertThat(this.gateway.sent()).hasSize(1);
		assertThat(bench.messageStatus(id)).isEqualTo("sent");
		assertThat(attemptsOf(id)).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void throttledSendWaitsAsLongAsTheProviderAsks(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		this.gateway.refuseNext(DeliveryFailure.fromAnswer(429, null, "Too many requests", Duration.ofSeconds(30)));
		UUID first = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("one"), null));
		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("two"), null));

		bench.relayUntilIdle();
		assertThat(nextAttemptOf(first)).isEqualTo(NOW.plusSeconds(30));
		assertThat(this.gateway.sent()).as("the second waits for the first").isEmpty();

		this.clock.advance(Duration.ofSeconds(30));
		bench.relayUntilIdle();
		assertThat(bodiesTo("31611111111")).containsExactly("one", "two");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void refusedMessageFailsWithoutRetryAndTheNextOneStillGoes(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		this.gateway.refuseNext(DeliveryFailure.fromAnswer(400, "131026", "Message undeliverable", null));
		UUID refused = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("one"), null));
		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("two"), null));

		bench.relayUntilIdle();

		assertThat(bench.jobState(refused)).isEqualTo("FAILED");
		assertThat(attemptsOf(refused)).isEqualTo(1);
		assertThat(bench.messageStatus(refused)).isEqualTo("failed");
		assertThat(errorCodeOf(refused)).isEqualTo("131026");
		assertThat(bodiesTo("31611111111")).containsExactly("two");
		assertThat(bench.meters().counter("recruitbot.outbound.failed", "provider", "recording", "code", "131026").count())
			.isEqualTo(1.0);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void retriesEndAfterTheLastAttempt(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		for (int i = 0; i < 5; i++) {
			this.gateway.refuseNext(DeliveryFailure.unreachable("network", "connection refused"));
		}
		UUID id = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Hello"), null));

		for (int round = 0; round < 6; round++) {
			bench.relayUntilIdle();
			this.clock.advance(Duration.ofMinutes(5));
		}

		assertThat(bench.jobState(id)).isEqualTo("FAILED");
		assertThat(attemptsOf(id)).isEqualTo(5);
		assertThat(errorCodeOf(id)).isEqualTo("network");
		assertThat(this.gateway.sent()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void insideTheWindowFreeTextGoesOutAsWritten(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = bench.candidate("31611111111");
		bench.candidateWrites(anna, NOW.minus(Duration.ofHours(23)));

		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Still there?"), null));
		bench.relayUntilIdle();

		assertThat(this.gateway.sent()).extracting(RecordingGateway.Sent::content).containsExactly(new Text("Still there?"));
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void outsideTheWindowTheReengagementTemplateGoesInstead(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = bench.candidate("31611111111");
		bench.candidateWrites(anna, NOW.minus(Duration.ofHours(25)));

		UUID question = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Still there?"), null));
		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("And one more thing"), null));
		bench.relayUntilIdle();

		assertThat(this.gateway.sent()).extracting(RecordingGateway.Sent::content)
			.containsExactly(new Template("job_update", "nl", List.of()));
		assertThat(bench.messageStatus(question)).isEqualTo("failed");
		assertThat(errorCodeOf(question)).isEqualTo(MessageDelivery.WINDOW_CLOSED);
		assertThat(transcriptTypes(anna)).containsExactlyInAnyOrder("text", "text", "template");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void confirmationToSomeoneJustErasedIsSentAsWrittenWithoutTemplate(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);

		UUID id = bench.outbox().enqueue(new OutboundMessage(null, "31699999999", new Text("Your data is erased."), null));
		bench.relayUntilIdle();

		assertThat(bench.jobState(id)).isEqualTo("SENT");
		assertThat(this.gateway.sent()).hasSize(1);
		assertThat(bench.jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void windowMovesWithTheClock(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = bench.candidate("31611111111");
		bench.candidateWrites(anna, NOW);

		this.clock.advance(Duration.ofHours(24));
		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("A day later"), null));
		bench.relayUntilIdle();

		assertThat(this.gateway.sent()).extracting((sent) -> sent.content().kind()).containsExactly("template");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void providerSayingTheWindowClosedLeadsToTheTemplate(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		this.gateway.refuseNext(DeliveryFailure.fromAnswer(400, "131047", "Re-engagement message", null));

		UUID question = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Still there?"), null));
		bench.relayUntilIdle();

		assertThat(errorCodeOf(question)).isEqualTo("131047");
		assertThat(this.gateway.sent()).extracting(RecordingGateway.Sent::content)
			.containsExactly(new Template("job_update", "nl", List.of()));
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void twoRelaysOnOneDatabaseSendEachMessageExactlyOnceAndInOrder(TestDatabases kind) throws Exception {
		DeliveryBench first = on(kind);
		DeliveryBench second = bench();
		List<String> expected = new ArrayList<>();
		List<UUID> candidates = new ArrayList<>();
		for (int r = 0; r < 12; r++) {
			candidates.add(openWindow(first, "3161000" + (1000 + r)));
		}
		for (int i = 0; i < 10; i++) {
			for (int r = 0; r < candidates.size(); r++) {
				String body = "message " + i + " to " + r;
				(r % 2 == 0 ? first : second).outbox()
					.enqueue(new OutboundMessage(candidates.get(r), "3161000" + (1000 + r), new Text(body), null));
				expected.add(body);
			}
		}
		this.gateway.answerAfter(3);

		ExecutorService relays = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> rounds = relays.invokeAll(List.of(drain(first), drain(second)));
			assertThat(rounds.get(0).get() + rounds.get(1).get()).isEqualTo(expected.size());
		}
		finally {
			relays.shutdownNow();
		}

		assertThat(this.gateway.sent()).extracting((sent) -> sent.content().body())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(expected);
		for (int r = 0; r < candidates.size(); r++) {
			List<String> inOrder = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				inOrder.add("message " + i + " to " + r);
			}
			assertThat(bodiesTo("3161000" + (1000 + r))).containsExactlyElementsOf(inOrder);
		}
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void claimOfALiveRelayIsLeftAlone(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		UUID claimed = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("one"), null));
		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("two"), null));
		bench.get(OutboxJobs.class).claim("another-relay", 10, NOW, Duration.ofMinutes(2));

		this.clock.advance(Duration.ofMinutes(1));
		bench.relayUntilIdle();

		assertThat(bench.jobState(claimed)).isEqualTo("SENDING");
		assertThat(this.gateway.sent()).as("the second waits behind the first").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void claimOfADeadRelayIsSentAgainWhenTheCandidateIsStillWaiting(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		UUID claimed = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("one"), null));
		bench.get(OutboxJobs.class).claim("dead-relay", 10, NOW, Duration.ofMinutes(2));

		this.clock.advance(Duration.ofMinutes(3));
		bench.relayUntilIdle();

		assertThat(bench.messageStatus(claimed)).isEqualTo("sent");
		assertThat(attemptsOf(claimed)).isEqualTo(2);
		assertThat(this.gateway.sent()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void claimOfADeadRelayIsGivenUpAsUnknownWhenTheConversationMovedOn(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		UUID claimed = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("one"), null));
		bench.get(OutboxJobs.class).claim("dead-relay", 10, NOW, Duration.ofMinutes(2));
		bench.candidateWrites(anna, NOW.plusSeconds(30));
		UUID reply = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("two"), null));

		this.clock.advance(Duration.ofMinutes(3));
		bench.relayUntilIdle();

		assertThat(bench.jobState(claimed)).isEqualTo(OutboxJobs.UNKNOWN);
		assertThat(bench.messageStatus(claimed)).as("it may have arrived").isEqualTo("unknown");
		assertThat(errorCodeOf(claimed)).isEqualTo(OutboxJobs.LEASE_EXPIRED);
		assertThat(bench.messageStatus(reply)).isEqualTo("sent");
		assertThat(bodiesTo("31611111111")).containsExactly("two");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void erasingACandidateForgetsJobsForTheNumberWithoutACandidate(TestDatabases kind) {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		bench.outbox().enqueue(new OutboundMessage(null, "31611111111", new Text("before she was a candidate"), null));
		bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("as a candidate"), null));
		bench.outbox().enqueue(new OutboundMessage(null, "31699999999", new Text("someone else"), null));

		bench.get(ErasedCandidateOutbox.class)
			.on(new CandidateErased(anna, "31611111111", ErasureReason.ADMIN_REQUEST));
		bench.jdbc.sql("delete from candidate where id = ?").param(anna).update();

		assertThat(bench.jdbc.sql("select recipient from outbox_message").query(String.class).list())
			.containsExactly("31699999999");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void finishedJobsAreForgottenAfterThirtyDaysAndWaitingOnesKept(TestDatabases kind) throws Exception {
		DeliveryBench bench = on(kind);
		UUID anna = openWindow(bench, "31611111111");
		UUID sent = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Sent long ago"), null));
		bench.relayUntilIdle();
		this.gateway.refuseNext(DeliveryFailure.unreachable("network", "connection refused"));
		UUID waiting = bench.outbox().enqueue(new OutboundMessage(anna, "31611111111", new Text("Still trying"), null));
		bench.relayUntilIdle();

		this.clock.advance(OutboxRetention.KEEP.plusMinutes(1));
		new OutboxRetention(bench.get(OutboxJobs.class), this.clock).forgetFinishedJobs();

		assertThat(bench.jdbc.sql("select id from outbox_message").query(UUID.class).list()).containsExactly(waiting);
		assertThat(bench.messageStatus(sent)).as("the transcript stays").isEqualTo("sent");
	}

	private Callable<Integer> drain(DeliveryBench bench) {
		return () -> {
			int claimed = 0;
			int idleRounds = 0;
			while (idleRounds < 20) {
				int round = bench.relay().relayOnce();
				claimed += round;
				idleRounds = (round == 0) ? idleRounds + 1 : 0;
				if (round == 0) {
					Thread.sleep(5);
				}
			}
			return claimed;
		};
	}

	private UUID openWindow(DeliveryBench bench, String phone) {
		UUID candidate = bench.candidate(phone);
		bench.candidateWrites(candidate, NOW.minusSeconds(60));
		return candidate;
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(new JdbcTransactionManager(this.database));
	}

	private List<String> bodiesTo(String phone) {
		return this.gateway.sent().stream().filter((sent) -> sent.to().equals(phone)).map((sent) -> sent.content().body()).toList();
	}

	private List<String> transcriptTypes(UUID candidate) {
		return this.bench.jdbc.sql("select type from message where candidate_id = ? and direction = 'outbound'")
			.param(candidate)
			.query(String.class)
			.list();
	}

	private String providerIdOf(UUID id) {
		return this.bench.jdbc.sql("select provider_message_id from message where id = ?").param(id).query(String.class).single();
	}

	private String errorCodeOf(UUID id) {
		return this.bench.jdbc.sql("select error_code from message where id = ?").param(id).query(String.class).single();
	}

	private String lastErrorCodeOf(UUID id) {
		return this.bench.jdbc.sql("select last_error_code from outbox_message where id = ?").param(id).query(String.class).single();
	}

	private int attemptsOf(UUID id) {
		return this.bench.jdbc.sql("select attempts from outbox_message where id = ?").param(id).query(Integer.class).single();
	}

	private Instant nextAttemptOf(UUID id) {
		return this.bench.jdbc.sql("select next_attempt_at from outbox_message where id = ?")
			.param(id)
			.query((row, n) -> SqlTimestamps.read(row, "next_attempt_at"))
			.single();
	}

}
