package io.recruitbot.whatsapp;

import java.time.Duration;
import java.util.UUID;

import io.recruitbot.candidate.CandidateErasure;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Erasure reaches the outbox through the {@code CandidateErased} event, as it does in production. */
@SpringBootTest(properties = "recruitbot.whatsapp.relay.poll-interval=30s")
@AutoConfigureMockMvc
class ErasedCandidateOutboxIntegrationTests {

	@Autowired
	private CandidateRepository candidates;

	@Autowired
	private CandidateErasure erasure;

	@Autowired
	private Outbox outbox;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void erasingACandidateLeavesNothingQueuedForTheirNumber() {
		UUID carla = this.candidates.findOrCreate("31633333333", "Carla").id();
		this.outbox.enqueue(new OutboundMessage(null, "31633333333", new Text("Written before Carla was a candidate"), null));
		this.outbox.enqueue(new OutboundMessage(carla, "31633333333", new Text("Hello Carla"), null));
		this.outbox.enqueue(new OutboundMessage(null, "31644444444", new Text("Someone else"), null));

		this.erasure.erase(carla, ErasureReason.ADMIN_REQUEST, "admin");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queuedFor("31633333333")).isZero());
		assertThat(queuedFor("31644444444")).isEqualTo(1);
	}

	@Test
	void anErasureAskedForInTheConversationKeepsItsConfirmation() {
		UUID dirk = this.candidates.findOrCreate("31655555555", "Dirk").id();
		this.outbox.enqueue(new OutboundMessage(dirk, "31655555555", new Text("Hello Dirk"), null));
		this.erasure.erase(dirk, ErasureReason.CANDIDATE_REQUEST, "whatsapp");
		// the conversation confirms in the erasure's transaction, without a candidate (the row is gone)
		this.outbox.enqueue(new OutboundMessage(null, "31655555555", new Text("We have deleted your data"), null));

		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(queuedFor("31655555555")).isEqualTo(1));
	}

	private long queuedFor(String phone) {
		return this.jdbc.sql("select count(*) from outbox_message where recipient = ?").param(phone).query(Long.class).single();
	}

}
