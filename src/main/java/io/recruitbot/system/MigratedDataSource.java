package io.recruitbot.system;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool as the service's code sees it: a connection once the schema is migrated
 * ({@link SchemaMigration}), so that no bean reads or writes a table the migration has not made yet, however early it
 * is wired. Flyway itself takes its connections from the pool directly. After the start, the check is one read. It
 * starts first of all lifecycle beans, once the schema is there, so that nothing takes work before and the service
 * never reports ready on a schema that is not.
 */
final class MigratedDataSource extends DelegatingDataSource implements SmartLifecycle, AutoCloseable {

	private final HikariDataSource pool;

	private final SchemaMigration migration;

	private volatile boolean running;

	MigratedDataSource(HikariDataSource pool, SchemaMigration migration) {
		super(pool);
		this.pool = pool;
		this.migration = migration;
	}

	@Override
	public Connection getConnection() throws SQLException {
		this.migration.awaitSchema();
		return this.pool.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		this.migration.awaitSchema();
		return this.pool.getConnection(username, password);
	}

	@Override
	public void start() {
		this.migration.awaitSchemaOrFail();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
