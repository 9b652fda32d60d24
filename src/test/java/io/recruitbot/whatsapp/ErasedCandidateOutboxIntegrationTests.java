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

		this.erasure.erase(carla, ErasureReason.CANDIDATE_REQUEST, "conversation");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(queuedFor("31633333333")).isZero());
		assertThat(queuedFor("31644444444")).isEqualTo(1);
	}

	private long queuedFor(String phone) {
		return this.jdbc.sql("select count(*) from outbox_message where recipient = ?").param(phone).query(Long.class).single();
	}

}
