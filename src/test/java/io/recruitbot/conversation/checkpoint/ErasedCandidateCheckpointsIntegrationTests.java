package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.system.MovableClock;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkpoints of an erased conversation when the store is away, and when a worker writes after the erasure: the
 * deletion is retried until done, shown while pending, and repeated until the erasure has settled.
 */
class ErasedCandidateCheckpointsIntegrationTests {

	private final HikariDataSource database = TestDatabases.H2.migrated();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

	private final FlakyStore store = new FlakyStore();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final JdbcTransactionManager transactions = new JdbcTransactionManager(this.database);

	private final ErasedCandidateCheckpoints erased = new ErasedCandidateCheckpoints(this.store,
			JdbcClient.create(this.database), this.transactions, this.clock, this.meters);

	private final UUID anna = UUID.randomUUID();

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void deletionTheStoreRefusedStaysPendingVisiblyAndIsRetriedUntilDone() {
		this.store.write(this.anna);
		this.store.away = true;

		erase(this.anna);

		assertThat(this.store.holds(this.anna)).isTrue();
		assertThat(this.erased.pending()).isEqualTo(1);
		assertThat(this.meters.get("recruitbot.erasure.checkpoints.pending").gauge().value()).isEqualTo(1.0);
		assertThat(new CheckpointerHealthIndicator(this.store, CheckpointSettings.defaults(), this.erased::pending)
			.health()
			.getStatus()).isEqualTo(new Status("DEGRADED"));

		this.erased.sweep();
		assertThat(this.erased.pending()).as("still away").isEqualTo(1);

		this.store.away = false;
		this.erased.sweep();
		assertThat(this.store.holds(this.anna)).isFalse();
		assertThat(this.erased.pending()).isZero();
	}

	@Test
	void checkpointWrittenAfterTheErasureIsDeletedByTheSweepUntilTheErasureSettles() {
		this.store.write(this.anna);
		erase(this.anna);
		assertThat(this.store.holds(this.anna)).isFalse();

		this.clock.advance(Duration.ofMinutes(5));
		this.store.write(this.anna); // a worker that held one of her messages
		this.erased.sweep();
		assertThat(this.store.holds(this.anna)).isFalse();

		this.clock.advance(ErasedCandidateCheckpoints.SETTLE);
		this.erased.sweep();
		this.erased.sweep();
		assertThat(JdbcClient.create(this.database).sql("select count(*) from erased_thread").query(Long.class).single())
			.as("settled and forgotten")
			.isZero();
	}

	private void erase(UUID candidate) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.erased
			.on(new CandidateErased(candidate, "31612345678", ErasureReason.ADMIN_REQUEST)));
	}

	/** A store that keeps which threads it holds, and can be away. */
	private static final class FlakyStore extends EmptyStore {

		private final Set<String> threads = ConcurrentHashMap.newKeySet();

		private volatile boolean away;

		void write(UUID candidate) {
			this.threads.add(CandidateThreads.threadIdOf(candidate));
		}

		boolean holds(UUID candidate) {
			return this.threads.contains(CandidateThreads.threadIdOf(candidate));
		}

		@Override
		public String kind() {
			return "flaky";
		}

		@Override
		public void deleteThread(String threadId) {
			if (this.away) {
				throw new IllegalStateException("store away");
			}
			this.threads.remove(threadId);
		}

		@Override
		public void checkReachable() {
		}

	}

}
