package io.recruitbot.system;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The schema, migrated by Flyway on a thread of its own while the rest of the context is wired: on an empty embedded
 * database that is about a sixth of the start. {@link MigratedDataSource} holds back every connection until it is
 * done, and its start waits for it, so a failed migration fails the start with Flyway's own message.
 */
final class SchemaMigration {

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	private SchemaMigration() {
	}

	/** The migrations of every database ({@code db/migration}) and those of this one, on this data source. */
	static Flyway flyway(DataSource dataSource, DatabaseUrl target) {
		return Flyway.configure().dataSource(dataSource).locations(target.migrationLocations()).load();
	}

	/** Starts migrating the database behind the pool. */
	static SchemaMigration begin(DataSource pool, DatabaseUrl target) {
		SchemaMigration migration = new SchemaMigration();
		Thread thread = new Thread(() -> {
			try {
				flyway(pool, target).migrate();
				migration.done.complete(null);
			}
			catch (Throwable ex) {
				migration.done.completeExceptionally(ex);
			}
		}, "schema-migration");
		thread.setDaemon(true);
		thread.start();
		return migration;
	}

	/** Returns once the schema is migrated; throws when the migration failed. */
	void awaitSchema() throws SQLException {
		if (this.done.isDone() && !this.done.isCompletedExceptionally()) {
			return;
		}
		try {
			this.done.get();
		}
		catch (ExecutionException ex) {
			throw new SQLException("The database schema could not be migrated", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while the database schema was migrated", ex);
		}
	}

	/** Returns once the schema is migrated; rethrows Flyway's exception when the migration failed. */
	void awaitSchemaOrFail() {
		try {
			awaitSchema();
		}
		catch (SQLException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getMessage(), ex.getCause());
		}
	}

}
