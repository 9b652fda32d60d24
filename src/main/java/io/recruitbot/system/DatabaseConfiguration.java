package io.recruitbot.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool, built from {@link DatabaseSettings} rather than {@code spring.datasource.*} so that every form
 * of {@code DATABASE_URL} works and a bad one is reported by its name.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	@Bean
	HikariDataSource dataSource(DatabaseSettings settings) throws Exception {
		DatabaseUrl target = settings.target();
		if (target.jdbcUrl().startsWith(DatabaseUrl.EMBEDDED)) {
			Files.createDirectories(Path.of("data"));
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("recruitbot");
		dataSource.setJdbcUrl(target.jdbcUrl());
		dataSource.setUsername(target.username());
		dataSource.setPassword(target.password());
		dataSource.setMaximumPoolSize(settings.poolSize());
		dataSource.setMinimumIdle(Math.min(2, settings.poolSize()));
		// give back connections a burst opened: hosted databases (Supabase, Railway) count them against a small limit
		dataSource.setIdleTimeout(60_000);
		// fail fast: a webhook must get its 503 while the provider still waits, not after 30 s
		dataSource.setConnectionTimeout(3_000);
		dataSource.setValidationTimeout(1_000);
		// but wait at start-up, as start.sh does: the first connection is retried for up to a minute before the start
		// fails, for a database that is still starting or a machine too busy to open the embedded one in 3 s
		dataSource.setInitializationFailTimeout(STARTUP_WAIT.toMillis());
		return dataSource;
	}

}
