package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.intake.Inbox.Arrival;
import io.recruitbot.system.MovableClock;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The webhook group commit: which deliveries share a statement, and that each is acknowledged once it is stored. */
class InboxWriterIntegrationTests {

	private final HikariDataSource dataSource = TestDatabases.H2.migrated();

	private final JdbcClient jdbc = JdbcClient.create(this.dataSource);

	private final BatchRecordingInbox inbox = new BatchRecordingInbox(this.jdbc,
			new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)));

	/** A thread per delivery, as a web server gives each request one while it waits for its acknowledgement. */
	private final ExecutorService requests = Executors.newCachedThreadPool();

	private InboxWriter writer;

	@AfterEach
	void stop() {
		this.requests.shutdownNow();
		if (this.writer != null) {
			this.writer.stop();
		}
		this.dataSource.close();
	}

	private InboxWriter startWriter(Duration window) {
		this.writer = new InboxWriter(this.inbox, new InboxSettings(4, Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
				Duration.ofSeconds(2), Duration.ofDays(7), window, Duration.ofSeconds(1), Duration.ofSeconds(30)));
		this.writer.start();
		return this.writer;
	}

	private CompletableFuture<Integer> deliver(String id) {
		InboundMessage message = new InboundMessage(id, "31612345678", "Jan", Instant.parse("2026-11-28T08:00:00Z"),
				InboundType.TEXT, "text of " + id, null, null, null);
		return CompletableFuture.supplyAsync(() -> this.writer.store("meta", List.of(message)), this.requests);
	}

	private long storedRows() {
		return this.jdbc.sql("select count(*) from inbox_message").query(Long.class).single();
	}

	@Test
	void deliveriesArrivingWhileABatchIsWrittenAreWrittenTogetherByTheNextStatement() throws Exception {
		startWriter(Duration.ZERO);
		this.inbox.holdNextBatch();
		CompletableFuture<Integer> first = deliver("first");
		this.inbox.awaitHeldBatch();
		List<CompletableFuture<Integer>> during = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			during.add(deliver("during-" + i));
		}
		Thread.sleep(300); // the nine are queued behind the held batch
		this.inbox.releaseHeldBatch();

		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
		for (CompletableFuture<Integer> delivery : during) {
			assertThat(delivery.get(5, TimeUnit.SECONDS)).isEqualTo(1);
		}
		assertThat(this.inbox.batchSizes()).containsExactly(1, 9);
		assertThat(storedRows()).isEqualTo(10);
	}

	@Test
	void whileDeliveriesStreamInTheWriterWaitsItsWindowToGatherThem() throws Exception {
		startWriter(Duration.ofMillis(500));
		this.inbox.holdNextBatch();
		CompletableFuture<Integer> first = deliver("first");
		this.inbox.awaitHeldBatch();
		List<CompletableFuture<Integer>> company = List.of(deliver("company-1"), deliver("company-2"));
		Thread.sleep(300);
		this.inbox.releaseHeldBatch();
		first.get(5, TimeUnit.SECONDS);
		company.forEach(CompletableFuture::join); // a batch of two: the stream is on

		List<CompletableFuture<Integer>> stream = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			stream.add(deliver("stream-" + i));
			Thread.sleep(10);
		}
		for (CompletableFuture<Integer> delivery : stream) {
			assertThat(delivery.get(5, TimeUnit.SECONDS)).isEqualTo(1);
		}

		assertThat(this.inbox.batchSizes()).containsExactly(1, 2, 5);
		assertThat(storedRows()).isEqualTo(8);
	}

	@Test
	void aLoneDeliveryIsWrittenAtOnceWhateverTheWindow() {
		startWriter(Duration.ofMinutes(10));
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			assertThat(deliver("alone").get()).isEqualTo(1);
			assertThat(deliver("alone again").get()).isEqualTo(1);
		});
		assertThat(this.inbox.batchSizes()).containsExactly(1, 1);
	}

	@Test
	void aDeliveryStoredBeforeIsAcknowledgedAsNothingNew() throws Exception {
		startWriter(Duration.ofMillis(1));
		assertThat(deliver("wamid.SAME").get(5, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(deliver("wamid.SAME").get(5, TimeUnit.SECONDS)).isZero();
		assertThat(storedRows()).isEqualTo(1);
	}

	/** The real inbox, recording the size of each batch it is given and able to hold one back. */
	private static final class BatchRecordingInbox extends Inbox {

		private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

		private volatile boolean holdNext;

		private final CountDownLatch entered = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		BatchRecordingInbox(JdbcClient jdbc, TransactionTemplate transactions) {
			super(jdbc, transactions, JsonMapper.builder().build(), new MovableClock(Instant.now()));
		}

		void holdNextBatch() {
			this.holdNext = true;
		}

		void awaitHeldBatch() throws InterruptedException {
			assertThat(this.entered.await(5, TimeUnit.SECONDS)).isTrue();
		}

		void releaseHeldBatch() {
			this.released.countDown();
		}

		List<Integer> batchSizes() {
			return this.batchSizes;
		}

		@Override
		int store(List<Arrival> arrivals) {
			this.batchSizes.add(arrivals.size());
			if (this.holdNext) {
				this.holdNext = false;
				this.entered.countDown();
				try {
					this.released.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return super.store(arrivals);
		}

	}

}
