package io.recruitbot.intake;

import io.recruitbot.system.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.intake.InboxClaims.ClaimedMessage;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's storage and claiming rules, on PostgreSQL and on H2 alike. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class InboxIntegrationTests {

	private static final Duration LEASE = Duration.ofSeconds(30);

	private final TestDatabases database;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));

	private HikariDataSource dataSource;

	private TransactionTemplate transactions;

	private JdbcClient jdbc;

	private Inbox inbox;

	private InboxClaims claims;

	InboxIntegrationTests(TestDatabases database) {
		this.database = database;
	}

	@BeforeEach
	void openInbox() {
		this.dataSource = this.database.migrated();
		TestDatabases.truncateAll(this.dataSource);
		this.jdbc = JdbcClient.create(this.dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		this.inbox = new Inbox(this.jdbc, this.transactions, JsonMapper.builder().build(), this.clock);
		this.claims = new InboxClaims(this.jdbc, this.transactions, JsonMapper.builder().build(), this.clock);
	}

	@AfterEach
	void closeInbox() {
		this.dataSource.close();
	}

	private static InboundMessage message(String id, String phone, long second) {
		return new InboundMessage(id, phone, "Jan", Instant.ofEpochSecond(1764316800L + second), InboundType.TEXT,
				"text of " + id, null, null, null);
	}

	private int store(InboundMessage... messages) {
		return this.transactions.execute((status) -> this.inbox.store("meta", List.of(messages)));
	}

	private String claimId(String instance) {
		return this.claims.claimNext(instance, LEASE).map((c) -> c.message().providerMessageId()).orElse(null);
	}

	@Test
	void aMessageStoredAgainIsKeptOnce() {
		assertThat(store(message("a", "311", 1), message("b", "311", 2))).isEqualTo(2);
		assertThat(store(message("a", "311", 1))).isZero();
		assertThat(store(message("b", "311", 2), message("c", "311", 3))).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from inbox_message").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theSameMessageStoredConcurrentlyIsKeptOnce() throws Exception {
		List<Integer> stored = Concurrently.run(8, () -> store(message("same", "311", 1)));
		assertThat(stored.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from inbox_message").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void storedMessagesComeBackWhole() {
		InboundMessage document = new InboundMessage("doc", "311", "Jan", Instant.ofEpochSecond(1764317000),
				InboundType.DOCUMENT, "My CV", null,
				new InboundMessage.Media("123", "application/pdf", "CV.pdf", "My CV"), null);
		store(document);
		assertThat(this.claims.claimNext("one", LEASE)).map(ClaimedMessage::message).contains(document);
	}

	@Test
	void aConversationIsClaimedInProviderTimestampOrderThenArrival() {
		store(message("third", "311", 5));
		store(message("first", "311", 1));
		store(message("second-a", "311", 3), message("second-b", "311", 3));
		List<String> order = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ClaimedMessage claimed = this.claims.claimNext("one", LEASE).orElseThrow();
			order.add(claimed.message().providerMessageId());
			this.claims.complete(claimed);
		}
		assertThat(order).containsExactly("first", "second-a", "second-b", "third");
		assertThat(this.claims.claimNext("one", LEASE)).isEmpty();
	}

	@Test
	void aConversationHasOneMessageInFlightWhileOthersRunInParallel() {
		store(message("jan-1", "311", 1), message("jan-2", "311", 2), message("sara-1", "322", 3));
		assertThat(claimId("one")).isEqualTo("jan-1");
		assertThat(claimId("two")).isEqualTo("sara-1");
		assertThat(claimId("two")).isNull();
	}

	@Test
	void anExpiredLeaseIsTakenOverAndALiveOneIsNot() {
		store(message("m", "311", 1));
		ClaimedMessage first = this.claims.claimNext("crashed", LEASE).orElseThrow();
		this.clock.advance(LEASE.minusSeconds(1));
		assertThat(claimId("survivor")).isNull();
		this.clock.advance(Duration.ofSeconds(2));
		ClaimedMessage takenOver = this.claims.claimNext("survivor", LEASE).orElseThrow();
		assertThat(takenOver.id()).isEqualTo(first.id());
		assertThat(takenOver.attempts()).isEqualTo(2);
		assertThat(this.claims.complete(first)).as("the crashed instance lost its claim").isFalse();
		assertThat(this.claims.complete(takenOver)).isTrue();
	}

	@Test
	void aClaimHeldInTheTransactionOfItsSideEffectsIsNotTakenOverBeforeThatCommits() throws Exception {
		store(message("m", "311", 1));
		ClaimedMessage slow = this.claims.claimNext("slow", LEASE).orElseThrow();
		this.clock.advance(LEASE.plusSeconds(1));
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService worker = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> writing = worker.submit(() -> this.transactions.execute((status) -> {
				boolean holds = this.claims.holds(slow);
				held.countDown();
				await(commit);
				return holds;
			}));
			assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(claimId("fast")).as("its lease ran out, but it is writing").isNull();
			commit.countDown();
			assertThat(writing.get(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			worker.shutdownNow();
		}
		ClaimedMessage fast = this.claims.claimNext("fast", LEASE).orElseThrow();
		assertThat(fast.token()).isGreaterThan(slow.token());
		Boolean stillHeld = this.transactions.execute((status) -> this.claims.holds(slow));
		assertThat(stillHeld).isFalse();
		assertThat(this.claims.complete(slow)).isFalse();
		assertThat(this.claims.fail(slow, "late", this.clock.instant(), true)).isFalse();
		assertThat(this.claims.release(slow, "late", this.clock.instant())).isFalse();
		assertThat(this.claims.complete(fast)).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aReleasedMessageGetsItsAttemptBackAndStaysFirstInItsConversation() {
		store(message("first", "311", 1), message("second", "311", 2));
		ClaimedMessage claimed = this.claims.claimNext("one", LEASE).orElseThrow();
		assertThat(this.claims.release(claimed, "RedisConnectionFailureException: down", this.clock.instant()))
			.isTrue();
		ClaimedMessage again = this.claims.claimNext("one", LEASE).orElseThrow();
		assertThat(again.message().providerMessageId()).isEqualTo("first");
		assertThat(again.attempts()).isEqualTo(1);
	}

	@Test
	void aRenewedLeaseIsNotTakenOver() {
		store(message("m", "311", 1));
		ClaimedMessage held = this.claims.claimNext("alive", LEASE).orElseThrow();
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(this.claims.renewLeases(List.of(held), this.clock.instant().plus(LEASE))).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(claimId("other")).isNull();
	}

	@Test
	void aMessageItsWorkerGaveUpOnIsTakenOverWhenItsLeaseRunsOutThoughItsInstanceLivesOn() {
		store(message("held", "311", 1), message("abandoned", "312", 2));
		ClaimedMessage held = this.claims.claimNext("alive", LEASE).orElseThrow();
		// the worker could not put this one back (the database was down when it tried) and went on to other work
		this.claims.claimNext("alive", LEASE).orElseThrow();
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(this.claims.renewLeases(List.of(held), this.clock.instant().plus(LEASE))).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(20));
		ClaimedMessage takenOver = this.claims.claimNext("other", LEASE).orElseThrow();
		assertThat(takenOver.message().providerMessageId()).isEqualTo("abandoned");
		assertThat(this.claims.claimNext("other", LEASE)).as("the held one keeps its renewed lease").isEmpty();
	}

	@Test
	void aFailedMessageWaitsForItsRetryAndHoldsBackItsConversation() {
		store(message("m1", "311", 1), message("m2", "311", 2));
		ClaimedMessage claimed = this.claims.claimNext("one", LEASE).orElseThrow();
		this.claims.fail(claimed, "boom", this.clock.instant().plusSeconds(10), false);
		assertThat(claimId("one")).as("m2 waits behind m1").isNull();
		this.clock.advance(Duration.ofSeconds(11));
		ClaimedMessage retried = this.claims.claimNext("one", LEASE).orElseThrow();
		assertThat(retried.message().providerMessageId()).isEqualTo("m1");
		assertThat(retried.attempts()).isEqualTo(2);
	}

	@Test
	void aDeadLetterIsListedReleasesItsConversationAndCanBeRetried() {
		store(message("m1", "311", 1), message("m2", "311", 2));
		ClaimedMessage claimed = this.claims.claimNext("one", LEASE).orElseThrow();
		this.claims.fail(claimed, "IllegalStateException: no", this.clock.instant(), true);
		assertThat(this.inbox.deadLetters()).singleElement().satisfies((letter) -> {
			assertThat(letter.providerMessageId()).isEqualTo("m1");
			assertThat(letter.type()).isEqualTo("TEXT");
			assertThat(letter.lastError()).isEqualTo("IllegalStateException: no");
			assertThat(letter.attempts()).isEqualTo(1);
		});
		assertThat(this.inbox.statistics().deadLetters()).isEqualTo(1);
		ClaimedMessage next = this.claims.claimNext("one", LEASE).orElseThrow();
		assertThat(next.message().providerMessageId()).isEqualTo("m2");
		this.claims.complete(next);

		assertThat(this.inbox.retry(claimed.id())).isTrue();
		assertThat(this.inbox.retry(claimed.id())).as("no longer a dead letter").isFalse();
		assertThat(this.inbox.deadLetters()).isEmpty();
		ClaimedMessage again = this.claims.claimNext("one", LEASE).orElseThrow();
		assertThat(again.message().providerMessageId()).isEqualTo("m1");
		assertThat(again.attempts()).isEqualTo(1);
	}

	@Test
	void aMessageWhosePayloadCannotBeReadIsDeadLetteredAtOnce() {
		store(message("m1", "311", 1), message("m2", "311", 2));
		this.jdbc.sql("update inbox_message set payload = '{not json' where provider_message_id = 'm1'").update();
		assertThat(claimId("one")).as("m1 is parked").isNull();
		assertThat(claimId("one")).as("its conversation goes on").isEqualTo("m2");
		assertThat(this.inbox.deadLetters()).singleElement()
			.satisfies((letter) -> assertThat(letter.lastError()).startsWith("Unreadable payload"));
	}

	@Test
	void statisticsCountWhatWaitsAndHowLong() {
		store(message("m1", "311", 1));
		this.clock.advance(Duration.ofSeconds(90));
		store(message("m2", "322", 2));
		InboxStatistics statistics = this.inbox.statistics();
		assertThat(statistics.depth()).isEqualTo(2);
		assertThat(statistics.oldestAge()).isEqualTo(Duration.ofSeconds(90));
		assertThat(statistics.deadLetters()).isZero();
	}

	@Test
	void forgettingAPhoneDeletesOnlyItsMessages() {
		store(message("m1", "311", 1), message("m2", "311", 2), message("m3", "322", 3));
		assertThat(this.inbox.forget("311")).isEqualTo(2);
		assertThat(this.inbox.statistics().depth()).isEqualTo(1);
	}

	@Test
	void processedMessagesArePrunedAfterRetention() {
		store(message("m1", "311", 1), message("m2", "322", 2));
		ClaimedMessage claimed = this.claims.claimNext("one", LEASE).orElseThrow();
		this.claims.complete(claimed);
		this.clock.advance(Duration.ofDays(8));
		assertThat(this.inbox.pruneProcessed(this.clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);
		assertThat(this.inbox.statistics().depth()).as("unprocessed messages stay").isEqualTo(1);
	}

	@Test
	void concurrentInstancesDrainEveryConversationOnceAndInOrder() throws Exception {
		int phones = 12;
		int perPhone = 15;
		List<InboundMessage> messages = new ArrayList<>();
		for (int p = 0; p < phones; p++) {
			for (int m = 0; m < perPhone; m++) {
				messages.add(message("p" + p + "-m" + m, "3160000" + (100 + p), m));
			}
		}
		Collections.shuffle(messages);
		store(messages.toArray(InboundMessage[]::new));

		Map<String, List<Integer>> processed = new ConcurrentHashMap<>();
		Set<String> inFlight = ConcurrentHashMap.newKeySet();
		AtomicInteger overlaps = new AtomicInteger();
		AtomicInteger handled = new AtomicInteger();
		List<Callable<Void>> workers = new ArrayList<>();
		for (int w = 0; w < 6; w++) {
			String instance = "instance-" + (w % 2);
			workers.add(() -> {
				while (handled.get() < messages.size()) {
					Optional<ClaimedMessage> claimed = this.claims.claimNext(instance, LEASE);
					if (claimed.isEmpty()) {
						Thread.sleep(2);
						continue;
					}
					InboundMessage message = claimed.get().message();
					if (!inFlight.add(message.phone())) {
						overlaps.incrementAndGet();
					}
					String id = message.providerMessageId();
					processed.computeIfAbsent(message.phone(), (k) -> Collections.synchronizedList(new ArrayList<>()))
						.add(Integer.parseInt(id.substring(id.indexOf("-m") + 2)));
					inFlight.remove(message.phone());
					this.claims.complete(claimed.get());
					handled.incrementAndGet();
				}
				return null;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers.size());
		for (Future<Void> future : pool.invokeAll(workers)) {
			future.get();
		}
		pool.shutdown();

		assertThat(overlaps.get()).as("messages of one conversation in flight at once").isZero();
		assertThat(handled.get()).isEqualTo(phones * perPhone);
		List<Integer> expected = new ArrayList<>();
		for (int m = 0; m < perPhone; m++) {
			expected.add(m);
		}
		assertThat(processed).hasSize(phones);
		processed.values().forEach((order) -> assertThat(order).isEqualTo(expected));
	}

}
