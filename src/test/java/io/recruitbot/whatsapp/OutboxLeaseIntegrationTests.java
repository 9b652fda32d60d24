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
 * A relay that freezes while the provider takes its message (a stopped process, a long pause): its lease runs out and
 * another instance's relay applies the lease rule, yet what the provider accepted is recorded as sent.
 */
class OutboxLeaseIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static final String ANNA = "31611111111";

	private final MovableClock clock = new MovableClock(NOW);

	private final RecordingGateway gateway = new RecordingGateway();

	private HikariDataSource database;

	private DeliveryBench frozen;

	private DeliveryBench other;

	private UUID anna;

	private void twoInstancesOn(TestDatabases kind) {
		this.database = kind.migrated();
		TestDatabases.truncateAll(this.database);
		this.frozen = new DeliveryBench(this.database, this.gateway, this.clock);
		this.other = new DeliveryBench(this.database, new RecordingGateway(), this.clock);
		this.anna = this.frozen.candidate(ANNA);
		this.frozen.candidateWrites(this.anna, NOW.minusSeconds(60));
	}

	@AfterEach
	void close() {
		if (this.frozen != null) {
			this.frozen.close();
			this.other.close();
		}
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void acceptedReplyIsSentNotFailedWhenTheCandidateAnsweredWhileTheRelayWasFrozen(TestDatabases kind)
			throws Exception {
		twoInstancesOn(kind);
		UUID reply = this.frozen.outbox().enqueue(new OutboundMessage(this.anna, ANNA, new Text("Which city?"), null));
		this.gateway.whileSending(() -> {
			// the message arrives, the candidate answers it, and the frozen relay's lease runs out
			this.clock.advance(Duration.ofMinutes(3));
			this.frozen.candidateWrites(this.anna, this.clock.instant());
			this.other.get(OutboxJobs.class).recoverExpiredLeases(this.clock.instant(), 5);
		});

		this.frozen.relayUntilIdle();

		assertThat(this.frozen.jobState(reply)).isEqualTo("SENT");
		assertThat(this.frozen.messageStatus(reply)).isEqualTo("sent");
		assertThat(providerIdOf(reply)).isEqualTo(this.gateway.sent().get(0).providerMessageId());
		assertThat(this.gateway.attempts()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void acceptedReplyPutBackInTheQueueMeanwhileIsNotSentAgain(TestDatabases kind) throws Exception {
		twoInstancesOn(kind);
		UUID reply = this.frozen.outbox().enqueue(new OutboundMessage(this.anna, ANNA, new Text("Which city?"), null));
		this.gateway.whileSending(() -> {
			this.clock.advance(Duration.ofMinutes(3));
			this.other.get(OutboxJobs.class).recoverExpiredLeases(this.clock.instant(), 5);
		});

		this.frozen.relayUntilIdle();
		this.gateway.whileSending(() -> {
		});
		this.other.relayUntilIdle();
		this.frozen.relayUntilIdle();

		assertThat(this.frozen.jobState(reply)).isEqualTo("SENT");
		assertThat(this.frozen.messageStatus(reply)).isEqualTo("sent");
		assertThat(this.gateway.attempts()).as("sent once").isEqualTo(1);
	}

	private String providerIdOf(UUID id) {
		return this.frozen.jdbc.sql("select provider_message_id from message where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
