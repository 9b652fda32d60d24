package io.recruitbot.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.MovableClock;
import io.recruitbot.system.TestDatabases;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The re-engagement template against a provider that keeps refusing it: bounded per day and per silence, and each
 * refusal handled like any failed send, never re-queued at once.
 */
class ReengagementIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static final String ANNA = "31611111111";

	private final MovableClock clock = new MovableClock(NOW);

	private final RecordingGateway gateway = new RecordingGateway();

	private HikariDataSource database;

	private DeliveryBench bench;

	private UUID anna;

	private void silentAnnaOn(TestDatabases kind) {
		this.database = kind.migrated();
		TestDatabases.truncateAll(this.database);
		this.bench = new DeliveryBench(this.database, this.gateway, this.clock);
		this.anna = this.bench.candidate(ANNA);
		this.bench.candidateWrites(this.anna, NOW.minus(Duration.ofHours(25)));
	}

	@AfterEach
	void close() {
		if (this.bench != null) {
			this.bench.close();
		}
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void templateRefusedAsOutsideTheWindowIsNotOfferedAgainTheSameDay(TestDatabases kind) throws Exception {
		silentAnnaOn(kind);
		this.gateway.refuseAll(DeliveryFailure.fromAnswer(400, "131047", "Re-engagement message", null));

		for (int reply = 1; reply <= 5; reply++) {
			this.bench.outbox().enqueue(new OutboundMessage(this.anna, ANNA, new Text("Reply " + reply), null));
			relayRounds(20);
			this.clock.advance(Duration.ofHours(1));
		}

		assertThat(this.gateway.attempts()).as("one template in the day, however often it is refused").isEqualTo(1);
		assertThat(templates()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void templatesToASilentCandidateAreBoundedPerDayAndPerSilence(TestDatabases kind) throws Exception {
		silentAnnaOn(kind);
		this.gateway.refuseAll(DeliveryFailure.fromAnswer(400, "132001", "Template name does not exist", null));

		for (int day = 1; day <= 6; day++) {
			for (int reply = 1; reply <= 3; reply++) {
				this.bench.outbox().enqueue(new OutboundMessage(this.anna, ANNA, new Text("Reply " + reply), null));
				relayRounds(20);
			}
			this.clock.advance(Duration.ofDays(1));
		}

		assertThat(templates()).as("one a day, three in this silence")
			.isEqualTo(ReengagementSettings.defaults().perSilence());
		assertThat(this.gateway.attempts()).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void templateTheProviderCannotTakeNowWaitsForTheBackoff(TestDatabases kind) throws Exception {
		silentAnnaOn(kind);
		this.gateway.refuseAll(DeliveryFailure.fromAnswer(503, null, "Service unavailable", null));
		this.bench.outbox().enqueue(new OutboundMessage(this.anna, ANNA, new Text("Still there?"), null));

		relayRounds(50);
		assertThat(this.gateway.attempts()).as("no second try before the backoff").isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(2));
		relayRounds(50);
		assertThat(this.gateway.attempts()).isEqualTo(2);
		assertThat(templates()).isEqualTo(1);
	}

	/** A bounded number of relay rounds: a relay that re-queues without end would still be caught. */
	private void relayRounds(int rounds) throws InterruptedException {
		for (int round = 0; round < rounds; round++) {
			this.bench.relay().relayOnce();
		}
	}

	private long templates() {
		return this.bench.jdbc.sql("select count(*) from outbox_message where kind = 'template'").query(Long.class).single();
	}

}
