package io.recruitbot.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool, built from {@link DatabaseSettings} rather than {@code spring.datasource.*} so that every form
 * of {@code DATABASE_URL} works and a bad one is reported by its name; and its schema, migrated by Flyway beside the
 * rest of the start ({@link SchemaMigration}) rather than by Spring Boot's Flyway initializer, which would hold up the
 * wiring until it is done.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	@Bean
	MigratedDataSource dataSource(DatabaseSettings settings) throws Exception {
		HikariDataSource pool = pool(settings);
		return new MigratedDataSource(pool, SchemaMigration.begin(pool, settings.target()));
	}

	static HikariDataSource pool(DatabaseSettings settings) throws Exception {
		DatabaseUrl target = settings.target();
		if (target.jdbcUrl().startsWith(DatabaseUrl.EMBEDDED)) {
			Path data = Files.createDirectories(Path.of("data"));
			Optional<Path> template = settings.template();
			if (template.isPresent()) {
				EmbeddedDatabaseTemplate.copyIfNew(template.get(), data.resolve(EmbeddedDatabaseTemplate.FILE_NAME));
			}
		}
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("recruitbot");
		pool.setJdbcUrl(target.jdbcUrl());
		pool.setUsername(target.username());
		pool.setPassword(target.password());
		pool.setMaximumPoolSize(settings.poolSize());
		pool.setMinimumIdle(Math.min(2, settings.poolSize()));
		// give back connections a burst opened: hosted databases (Supabase, Railway) count them against a small limit
		pool.setIdleTimeout(60_000);
		// fail fast: a webhook must get its 503 while the provider still waits, not after 30 s
		pool.setConnectionTimeout(3_000);
		pool.setValidationTimeout(1_000);
		// but wait at start-up, as start.sh does: the first connection is retried for up to a minute before the start
		// fails, for a database that is still starting or a machine too busy to open the embedded one in 3 s
		pool.setInitializationFailTimeout(STARTUP_WAIT.toMillis());
		return pool;
	}

}
