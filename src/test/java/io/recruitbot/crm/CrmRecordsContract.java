package io.recruitbot.crm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.TranscriptMessage;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the mirror's bookkeeping must do on every database the platform runs on. */
abstract class CrmRecordsContract {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	/** The transcript's events are not what these tests look at. */
	static final ApplicationEventPublisher NO_EVENTS = (event) -> {
	};

	JdbcClient jdbc;

	CrmRecords records;

	UUID candidate;

	abstract DataSource dataSource();

	@BeforeEach
	void oneCandidateWithoutMessages() {
		this.jdbc = JdbcClient.create(dataSource());
		this.jdbc.sql("delete from crm_candidate_sync").update();
		TestDatabases.truncateAll(dataSource());
		this.records = new CrmRecords(this.jdbc, new Transcript(this.jdbc, NO_EVENTS));
		this.candidate = UUID.randomUUID();
		// consented: only a consented candidate's messages are due for Chatwoot
		this.jdbc.sql("""
				insert into candidate (id, phone, status, consent_at, created_at, updated_at)
				values (?, '31600000101', 'NEW', ?, ?, ?)""")
			.params(this.candidate, SqlTimestamps.param(NOW), SqlTimestamps.param(NOW), SqlTimestamps.param(NOW))
			.update();
	}

	@Test
	void aCandidateIsDueUntilTheirMessagesAndProfileAreMirrored() {
		UUID first = message(NOW.minusSeconds(30));
		UUID second = message(NOW.minusSeconds(10));
		assertThat(this.records.candidatesDue(NOW, 10)).containsExactly(this.candidate);
		assertThat(this.records.unsyncedMessages(this.candidate)).extracting(TranscriptMessage::id)
			.containsExactly(first, second);
		assertThat(this.records.oldestUnsyncedMessage()).contains(NOW.minusSeconds(30));

		this.records.markSynced(first, 11L, NOW, false);
		this.records.markSynced(second, 12L, NOW, false);
		this.records.claim(this.candidate, "a", NOW, NOW.plusSeconds(60));
		this.records.synced(this.candidate, NOW, "NEW");

		assertThat(this.records.candidatesDue(NOW, 10)).isEmpty();
		assertThat(this.records.oldestUnsyncedMessage()).isEmpty();
		assertThat(this.records.knowsChatwootMessage(12L)).isTrue();
		assertThat(this.records.knowsChatwootMessage(13L)).isFalse();
	}

	@Test
	void aStatusChangeTheCandidateModuleToldOfMakesTheCandidateDueAgain() {
		this.records.claim(this.candidate, "a", NOW, NOW.plusSeconds(60));
		this.records.synced(this.candidate, NOW, "NEW");
		assertThat(this.records.candidatesDue(NOW.plusSeconds(2), 10)).isEmpty();

		this.records.statusChanged(this.candidate, NOW.plusSeconds(1));

		assertThat(this.records.candidatesDue(NOW.plusSeconds(2), 10)).containsExactly(this.candidate);
		assertThat(this.records.profileSync(this.candidate).syncedStatus()).isEqualTo("NEW");
	}

	@Test
	void ofTwoWorkersClaimingAtOnceExactlyOneWins() throws Exception {
		message(NOW);
		ExecutorService workers = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> claims = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String worker = "worker-" + i;
				claims.add(() -> new CrmRecords(JdbcClient.create(dataSource()), new Transcript(JdbcClient.create(dataSource()), NO_EVENTS)).claim(this.candidate, worker, NOW,
						NOW.plusSeconds(60)));
			}
			long winners = 0;
			for (Future<Boolean> claim : workers.invokeAll(claims)) {
				winners += claim.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
		}
		finally {
			workers.shutdown();
		}
		assertThat(this.records.candidatesDue(NOW.plusSeconds(30), 10)).as("held").isEmpty();
		assertThat(this.records.claim(this.candidate, "late", NOW.plusSeconds(61), NOW.plusSeconds(120)))
			.as("a lease that ran out is taken over").isTrue();
	}

	@Test
	void aCandidateWhoHasNotConsentedIsNeverDue() {
		this.jdbc.sql("update candidate set consent_at = null where id = ?").param(this.candidate).update();
		message(NOW);

		assertThat(this.records.candidatesDue(NOW.plusSeconds(1), 10)).isEmpty();
		assertThat(this.records.oldestUnsyncedMessage()).as("nor counted as lag").isEmpty();
	}

	@Test
	void aFailedCandidateWaitsForItsRetryTime() {
		message(NOW);
		this.records.claim(this.candidate, "a", NOW, NOW.plusSeconds(60));

		assertThat(this.records.failed(this.candidate, NOW.plusSeconds(5), "Chatwoot answered 500")).isEqualTo(1);
		assertThat(this.records.failingCandidates()).isEqualTo(1);
		assertThat(this.records.candidatesDue(NOW.plusSeconds(4), 10)).isEmpty();
		assertThat(this.records.claim(this.candidate, "b", NOW.plusSeconds(4), NOW.plusSeconds(64))).isFalse();
		assertThat(this.records.candidatesDue(NOW.plusSeconds(5), 10)).containsExactly(this.candidate);
		assertThat(this.records.claim(this.candidate, "b", NOW.plusSeconds(5), NOW.plusSeconds(65))).isTrue();
	}

	@Test
	void aChatwootMessageIsRememberedOnlyOnce() {
		UUID first = message(NOW);
		UUID second = message(NOW);
		this.records.markSynced(first, 9001L, NOW, false);

		assertThatThrownBy(() -> this.records.markSynced(second, 9001L, NOW, false)).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void theLinkToChatwootOutlivesTheCandidateUntilForgotten() {
		this.records.saveLink(this.candidate, 101, 102, NOW);
		this.records.saveLink(this.candidate, 101, 102, NOW.plus(Duration.ofMinutes(1)));

		assertThat(this.records.link(this.candidate)).isEqualTo(new CrmRecords.ChatwootLink(101L, 102L));
		assertThat(this.records.candidateOfConversation(102)).contains(this.candidate);
		this.jdbc.sql("delete from candidate where id = ?").param(this.candidate).update();
		assertThat(this.records.contactOf(this.candidate)).contains(101L);

		this.records.forget(this.candidate);

		assertThat(this.records.contactOf(this.candidate)).isEmpty();
	}

	private UUID message(Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into message (id, candidate_id, direction, type, text, at) values (?, ?, 'inbound', 'text', 'Hoi', ?)")
			.params(id, this.candidate, SqlTimestamps.param(at))
			.update();
		return id;
	}

}
