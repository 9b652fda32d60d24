package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis (or the database, or a provider) down for longer than a message's attempts would last: the workers pause and
 * retry with back-off, the message keeps its attempts and its place, and nothing becomes a dead letter.
 */
@SpringBootTest(properties = { "recruitbot.inbox.poll-interval=100ms", "recruitbot.inbox.first-retry-delay=50ms",
		"recruitbot.inbox.max-attempts=3", "recruitbot.inbox.outage-backoff=20ms",
		"recruitbot.inbox.longest-outage-backoff=200ms" })
@Import(RecordingConversationEngine.class)
class InfrastructureOutageIntegrationTests {

	private static final String PHONE = "31600000801";

	@Autowired
	private RecordingConversationEngine engine;

	@Autowired
	private Inbox inbox;

	@Autowired
	private InboxWorkers workers;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private HealthIndicator jobs;

	@BeforeEach
	void startFromAnEmptyDatabase() {
		TestDatabases.truncateAll(this.dataSource);
		this.engine.reset();
	}

	private static InboundMessage message(String id, long second) {
		return new InboundMessage(id, PHONE, "Jan", Instant.ofEpochSecond(1764316800L + second), InboundType.TEXT, "hi",
				null, null, null);
	}

	@Test
	void aMessageThatMeetsARedisOutageWaitsItOutKeepsItsPlaceAndIsNoDeadLetter() {
		// eight failures: far more than the three attempts a message of its own has
		this.engine.failNext("wamid.OUTAGE-1", 8,
				(id) -> new RedisConnectionFailureException("Unable to connect to 127.0.0.1:6379"));
		this.inbox.store("meta", List.of(message("wamid.OUTAGE-1", 1), message("wamid.OUTAGE-2", 2)));
		this.workers.wake();

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
			.until(() -> this.meters.get("recruitbot.inbox.paused").gauge().value() == 1);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.engine.handledFrom(PHONE).size() == 2);

		assertThat(this.engine.handledFrom(PHONE)).extracting(InboundMessage::providerMessageId)
			.as("processed once each, the second behind the first")
			.containsExactly("wamid.OUTAGE-1", "wamid.OUTAGE-2");
		assertThat(this.inbox.deadLetters()).isEmpty();
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select attempts from inbox_message where provider_message_id = 'wamid.OUTAGE-1'")
			.query(Integer.class)
			.single()).as("the outage's attempts were given back").isEqualTo(1);
		assertThat(this.jobs.health().getDetails()).containsEntry("workers", "running");
	}

}
