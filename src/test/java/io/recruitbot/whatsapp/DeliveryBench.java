package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.system.UnflushedCommits;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The delivery side of one instance (outbox, relay, window, statuses) wired on a given database, with a gateway and
 * clock of the test's choosing. Two benches on one database are two instances sharing it.
 */
final class DeliveryBench implements AutoCloseable {

	static final WhatsAppSettings SETTINGS = new WhatsAppSettings("sandbox", null, "https://waba-v2.360dialog.io", null,
			null, "https://graph.facebook.com/v21.0", "job_update", "nl");

	private final AnnotationConfigApplicationContext context;

	final JdbcClient jdbc;

	DeliveryBench(DataSource dataSource, WhatsAppGateway gateway, Clock clock) {
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean(DataSource.class, () -> dataSource);
		this.context.registerBean(WhatsAppGateway.class, () -> gateway);
		this.context.registerBean(Clock.class, () -> clock);
		this.context.register(Wiring.class);
		this.context.refresh();
		this.jdbc = JdbcClient.create(dataSource);
	}

	<T> T get(Class<T> type) {
		return this.context.getBean(type);
	}

	Outbox outbox() {
		return get(Outbox.class);
	}

	OutboxRelay relay() {
		return get(OutboxRelay.class);
	}

	MeterRegistry meters() {
		return get(MeterRegistry.class);
	}

	/** Relays until nothing is due (at the bench's clock). */
	void relayUntilIdle() throws InterruptedException {
		while (relay().relayOnce() > 0) {
			// keep going: each round sends at most one message per recipient
		}
	}

	UUID candidate(String phone) {
		UUID id = UUID.randomUUID();
		Instant now = get(Clock.class).instant();
		this.jdbc.sql("""
				insert into candidate (id, phone, status, created_at, updated_at) values (?, ?, 'SCREENING', ?, ?)""")
			.params(id, phone, SqlTimestamps.param(now), SqlTimestamps.param(now))
			.update();
		return id;
	}

	/** The candidate writes, which opens (or keeps open) the customer-service window. */
	void candidateWrites(UUID candidateId, Instant at) {
		this.jdbc.sql("""
				insert into message (id, candidate_id, direction, type, text, at) values (?, ?, 'inbound', 'text', 'hi', ?)""")
			.params(UUID.randomUUID(), candidateId, SqlTimestamps.param(at))
			.update();
	}

	String messageStatus(UUID id) {
		return this.jdbc.sql("select status from message where id = ?").param(id).query(String.class).single();
	}

	String jobState(UUID id) {
		return this.jdbc.sql("select state from outbox_message where id = ?").param(id).query(String.class).single();
	}

	@Override
	public void close() {
		this.context.close();
	}

	// deliberately not @Configuration: the application's component scan must not pick it up
	@EnableTransactionManagement
	@Import({ Outbox.class, OutboxJobs.class, OutboxRelay.class, MessageDelivery.class, CustomerServiceWindow.class,
			Reengagement.class, DeliveryStatuses.class, OutboundMetrics.class, SandboxOutbox.class,
			ErasedCandidateOutbox.class, Transcript.class, CandidateRepository.class, UnflushedCommits.class })
	static class Wiring {

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		@Bean
		PlatformTransactionManager transactionManager(DataSource dataSource) {
			return new JdbcTransactionManager(dataSource);
		}

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		WhatsAppSettings whatsAppSettings() {
			return SETTINGS;
		}

		@Bean
		ReengagementSettings reengagementSettings() {
			return ReengagementSettings.defaults();
		}

		@Bean
		RelaySettings relaySettings() {
			return new RelaySettings(false, Duration.ofMillis(100), Duration.ofMinutes(2), 5, 4);
		}

	}

}
