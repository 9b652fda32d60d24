package io.recruitbot.ops.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database answers a validation query within a second. Shows the product and the pool's use, never the URL.
 */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator {

	private final HikariDataSource dataSource;

	/** The pool itself, not the service's gate on it: the check answers while the schema is still being migrated. */
	DatabaseHealthIndicator(DataSource dataSource) throws SQLException {
		this.dataSource = dataSource.unwrap(HikariDataSource.class);
	}

	@Override
	public Health health() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!connection.isValid(1)) {
				return withPool(Health.down().withDetail("message", "the database did not validate the connection"));
			}
			return withPool(Health.up()
				.withDetail("message", "answers")
				.withDetail("product", connection.getMetaData().getDatabaseProductName()));
		}
		catch (SQLException ex) {
			return withPool(Health.down().withDetail("message", "unreachable (" + ex.getClass().getSimpleName() + ")"));
		}
	}

	private Health withPool(Health.Builder health) {
		HikariPoolMXBean pool = this.dataSource.getHikariPoolMXBean();
		if (pool != null) {
			health.withDetail("poolActive", pool.getActiveConnections())
				.withDetail("poolIdle", pool.getIdleConnections())
				.withDetail("poolMax", this.dataSource.getMaximumPoolSize());
		}
		return health.build();
	}

}
