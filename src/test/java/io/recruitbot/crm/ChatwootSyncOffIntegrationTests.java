package io.recruitbot.crm;

import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.system.SqlTimestamps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the Chatwoot variables the mirror is off: nothing is sent, nothing fails, health says so. */
@SpringBootTest
class ChatwootSyncOffIntegrationTests {

	@Autowired
	MirrorRelay relay;

	@Autowired
	ChatwootHealthIndicator health;

	@Autowired
	ErasedCandidateContact erasedContacts;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMirrorSkipsEverythingAndHealthSaysNotConfigured() {
		Candidate jan = this.candidates.findOrCreate("31600000303", "Jan");
		this.jdbc.sql("insert into message (id, candidate_id, direction, type, text, at) values (?, ?, 'inbound', 'text', 'Hoi', ?)")
			.params(UUID.randomUUID(), jan.id(), SqlTimestamps.param(jan.createdAt()))
			.update();

		assertThat(this.relay.relayOnce()).isZero();
		assertThat(this.relay.isRunning()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from crm_candidate_sync").query(Long.class).single()).isZero();
		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("message", "not configured").containsEntry("sync", "skipped");
	}

	@Test
	void erasureNeedsNoChatwoot() {
		this.erasedContacts.on(new CandidateErased(UUID.randomUUID(), "31600000304", ErasureReason.ADMIN_REQUEST));
	}

}
