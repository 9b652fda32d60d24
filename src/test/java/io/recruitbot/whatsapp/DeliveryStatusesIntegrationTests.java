package io.recruitbot.whatsapp;

import io.recruitbot.system.MovableClock;
import java.time.Instant;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.TestDatabases;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Status webhooks applied to sent messages, on PostgreSQL and H2. */
class DeliveryStatusesIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final MovableClock clock = new MovableClock(NOW);

	private final RecordingGateway gateway = new RecordingGateway();

	private HikariDataSource database;

	private DeliveryBench bench;

	private UUID anna;

	private void on(TestDatabases kind) {
		this.database = kind.migrated();
		TestDatabases.truncateAll(this.database);
		this.bench = new DeliveryBench(this.database, this.gateway, this.clock);
		this.anna = this.bench.candidate("31611111111");
		this.bench.candidateWrites(this.anna, NOW.minusSeconds(60));
	}

	@AfterEach
	void close() {
		if (this.bench != null) {
			this.bench.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void statusesMoveTheMessageForward(TestDatabases kind) throws Exception {
		on(kind);
		UUID id = sentMessage();

		assertThat(statuses().record(update("delivered", 10, null))).isTrue();
		assertThat(this.bench.messageStatus(id)).isEqualTo("delivered");
		assertThat(statuses().record(update("read", 20, null))).isTrue();
		assertThat(this.bench.messageStatus(id)).isEqualTo("read");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void lateStatusNeverOverwritesANewerOne(TestDatabases kind) throws Exception {
		on(kind);
		UUID id = sentMessage();
		statuses().record(update("read", 20, null));

		assertThat(statuses().record(update("delivered", 10, null))).isFalse();
		assertThat(statuses().record(update("sent", 5, null))).isFalse();
		assertThat(statuses().record(update("failed", 30, "131026"))).isFalse();
		assertThat(this.bench.messageStatus(id)).isEqualTo("read");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void statusOfAnUnknownMessageIsIgnored(TestDatabases kind) {
		on(kind);

		assertThat(statuses().record(new DeliveryStatusUpdate("wamid.unknown", "read", NOW, null, null))).isFalse();
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.class)
	void failureBecauseTheWindowClosedIsFollowedByTheTemplateOnce(TestDatabases kind) throws Exception {
		on(kind);
		UUID id = sentMessage();

		assertThat(statuses().record(update("failed", 10, "131047"))).isTrue();
		statuses().record(update("failed", 10, "131047"));
		this.bench.relayUntilIdle();

		assertThat(this.bench.messageStatus(id)).isEqualTo("failed");
		assertThat(this.gateway.sent()).extracting((sent) -> sent.content().kind()).containsExactly("text", "template");
	}

	private UUID sentMessage() throws InterruptedException {
		UUID id = this.bench.outbox().enqueue(new OutboundMessage(this.anna, "31611111111", new Text("Hello"), null));
		this.bench.relayUntilIdle();
		assertThat(this.bench.messageStatus(id)).isEqualTo("sent");
		return id;
	}

	private DeliveryStatusUpdate update(String status, int secondsLater, String errorCode) {
		String providerId = this.gateway.sent().get(0).providerMessageId();
		return new DeliveryStatusUpdate(providerId, status, NOW.plusSeconds(secondsLater), errorCode,
				(errorCode != null) ? "error " + errorCode : null);
	}

	private DeliveryStatuses statuses() {
		return this.bench.get(DeliveryStatuses.class);
	}

}
