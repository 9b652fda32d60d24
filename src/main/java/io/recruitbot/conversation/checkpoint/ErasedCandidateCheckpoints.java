package io.recruitbot.conversation.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.system.SqlTimestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An erased candidate's conversation state goes too: every checkpoint of their thread, in whichever store is active.
 * The erasure's transaction records the thread as to be deleted ({@code erased_thread}); right after it commits the
 * thread is deleted, and again every {@link #SWEEP} until {@link #SETTLE} has passed, because a worker that held one of
 * the candidate's messages may still write a checkpoint. A deletion that fails (the store is away) stays pending,
 * retried by the sweep and shown in the {@code checkpointer} health and {@code recruitbot.erasure.checkpoints.pending}.
 */
@Component
public class ErasedCandidateCheckpoints {

	/** Longer than a worker can hold a message: the inbox lease is renewed, but every model and HTTP call times out. */
	static final Duration SETTLE = Duration.ofMinutes(15);

	static final String SWEEP = "PT30S";

	private static final Logger log = LoggerFactory.getLogger(ErasedCandidateCheckpoints.class);

	private final CheckpointStore checkpoints;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ErasedCandidateCheckpoints(CheckpointStore checkpoints, JdbcClient jdbc, PlatformTransactionManager transactions,
			Clock clock, MeterRegistry meters) {
		this.checkpoints = checkpoints;
		this.jdbc = jdbc;
		// after the erasure's commit its connection is still bound, and nothing would commit what is written on it
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		Gauge.builder("recruitbot.erasure.checkpoints.pending", this::pending)
			.description("Erased conversations whose checkpoints could not be deleted yet")
			.register(meters);
	}

	/** Runs inside the erasure's transaction: the pending deletion commits with the erasure or not at all. */
	@EventListener
	void on(CandidateErased erased) {
		String thread = CandidateThreads.threadIdOf(erased.candidateId());
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into erased_thread (thread_id, erased_at, settle_at) values (?, ?, ?) on conflict do nothing")
			.params(thread, SqlTimestamps.param(now), SqlTimestamps.param(now.plus(SETTLE)))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delete(thread);
				}
			});
		}
		else {
			delete(thread);
		}
	}

	/** For a worker that finds its candidate erased while it ran the workflow: what it wrote goes too. */
	public void forget(UUID candidateId) {
		this.checkpoints.deleteThread(CandidateThreads.threadIdOf(candidateId));
	}

	/** Deletes the pending and the still settling threads again; forgets those deleted after they settled. */
	@Scheduled(initialDelayString = SWEEP, fixedDelayString = SWEEP)
	void sweep() {
		List<String> threads = this.jdbc
			.sql("select thread_id from erased_thread where deleted_at is null or deleted_at < settle_at")
			.query(String.class)
			.list();
		threads.forEach(this::delete);
		this.jdbc.sql("delete from erased_thread where deleted_at >= settle_at").update();
	}

	/** Erased conversations whose checkpoints could not be deleted yet. */
	long pending() {
		return this.jdbc.sql("select count(*) from erased_thread where deleted_at is null").query(Long.class).single();
	}

	private void delete(String thread) {
		try {
			this.checkpoints.deleteThread(thread);
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc
				.sql("update erased_thread set deleted_at = ?, last_error = null where thread_id = ?")
				.params(SqlTimestamps.param(this.clock.instant()), thread)
				.update());
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete the checkpoints of an erased conversation yet; retrying: {}", ex.toString());
			try {
				this.ownTransaction.executeWithoutResult((status) -> this.jdbc
					.sql("update erased_thread set last_error = ? where thread_id = ?")
					.params(ex.getClass().getSimpleName(), thread)
					.update());
			}
			catch (RuntimeException unrecorded) {
				// the row stays pending all the same; the sweep tries again
			}
		}
	}

}
