package io.recruitbot.system;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a transaction whose loss a database crash may cost commit without waiting for its WAL flush
 * ({@code synchronous_commit off}, PostgreSQL only; H2 has no such setting and commits as always). For bookkeeping
 * that a crash of the database server may undo without harm: an application crash loses nothing (the commit is in the
 * server), and PostgreSQL flushes its WAL in order, so such a commit is lost only with everything committed after it,
 * within the fraction of a second before the next flush. Every durable commit of any other transaction flushes it
 * too. The conversation checkpoints do the same in their own statement ({@code JdbcCheckpointSaver}).
 */
@Component
public class UnflushedCommits {

	private final JdbcClient jdbc;

	/** Asked on first use, inside a transaction, so a database still starting never holds up the wiring. */
	private final Supplier<Boolean> postgresql;

	UnflushedCommits(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgresql = DatabaseProduct.isPostgresqlOnFirstUse(dataSource);
	}

	/** The current transaction commits without waiting for its flush. */
	public void forThisTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Only a transaction can commit without waiting for its flush");
		}
		if (this.postgresql.get()) {
			this.jdbc.sql("set local synchronous_commit to off").update();
		}
	}

}
