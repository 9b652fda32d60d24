package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateErasure;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasedPhones;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.candidate.TranscriptEntry;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Erasure against messages in flight, with the checkpoints in Redis: a worker that held one of the candidate's
 * messages while the erasure ran neither keeps their conversation alive nor brings them back; only a message written
 * after the erasure starts a new, empty conversation. The inbox workers are off: the test is the worker.
 */
@SpringBootTest(properties = "recruitbot.inbox.workers=0")
class ErasureFenceIntegrationTests {

	private static final String CHECKPOINTS = "recruitbot:checkpoints:";

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.redis.url", () -> TestDatabases.REDIS_URL);
	}

	@Autowired
	Inbox inbox;

	@Autowired
	InboxClaims claims;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Transcript records;

	@Autowired
	ConversationEngine engine;

	@Autowired
	ErasedPhones erasedPhones;

	@Autowired
	CandidateErasure erasure;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	JdbcClient jdbc;

	private InboundMessageHandling handling;

	private final String phone = "3164"
			+ String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));

	@BeforeEach
	void handling() {
		this.handling = new InboundMessageHandling(this.candidates, this.records, this.engine, this.erasedPhones,
				this.transactions);
	}

	@Test
	void erasureDeletesTheRedisCheckpointBeforeItReturns() {
		Candidate anna = screenedUpToHerEmail();

		this.erasure.erase(anna.id(), ErasureReason.ADMIN_REQUEST, "admin-api");

		assertThat(this.redis.hasKey(CHECKPOINTS + anna.id())).isFalse();
		assertThat(pendingErasures()).isZero();
	}

	@Test
	void checkpointWrittenByAWorkerTheErasureOvertookDoesNotSurvive() {
		Candidate anna = screenedUpToHerEmail();
		// the worker read the candidate before the erasure and runs the workflow after it
		this.erasure.erase(anna.id(), ErasureReason.ADMIN_REQUEST, "admin-api");

		InboxClaims.ClaimedMessage held = stored(message("anna@example.net", Instant.now()));
		catchThrowable(() -> this.engine.handle(held.message(), anna, new HeldClaim(this.claims, held)));

		assertThat(this.redis.hasKey(CHECKPOINTS + anna.id())).isFalse();
		assertThat(this.candidates.findById(anna.id())).isEmpty();
	}

	@Test
	void messageReceivedBeforeTheErasureButProcessedAfterItDoesNotBringTheCandidateBack() {
		Candidate anna = screenedUpToHerEmail();
		InboxClaims.ClaimedMessage held = stored(message("anna@example.net", Instant.now()));
		Set<String> keysBefore = checkpointKeys();

		this.erasure.erase(anna.id(), ErasureReason.ADMIN_REQUEST, "admin-api");
		catchThrowable(() -> this.handling.handle(held.message(), new HeldClaim(this.claims, held)));

		assertThat(this.candidates.findByPhone(this.phone)).isEmpty();
		assertThat(checkpointKeys()).isSubsetOf(keysBefore).doesNotContain(CHECKPOINTS + anna.id());
		assertThat(this.jdbc.sql("select count(*) from inbox_message where phone = ?").param(this.phone)
			.query(Long.class)
			.single()).as("the erasure took the inbox rows").isZero();
	}

	@Test
	void messageWrittenAfterTheErasureStartsANewEmptyConversation() throws Exception {
		Candidate anna = screenedUpToHerEmail();
		this.erasure.erase(anna.id(), ErasureReason.CANDIDATE_REQUEST, "whatsapp");
		Thread.sleep(5);

		process(message("Hi, do you have work for me?", Instant.now()));

		Candidate again = this.candidates.findByPhone(this.phone).orElseThrow();
		assertThat(again.id()).isNotEqualTo(anna.id());
		assertThat(again.profile().name()).isNull();
		assertThat(again.consentAt()).isNull();
		List<TranscriptEntry> transcript = this.records.of(again.id());
		assertThat(transcript).extracting(TranscriptEntry::direction).containsExactly("inbound", "outbound");
		assertThat(transcript.get(1).text()).as("asked for consent again, as any stranger is")
			.contains("Is that OK with you?");
		assertThat(this.redis.hasKey(CHECKPOINTS + anna.id())).isFalse();
		assertThat(this.redis.opsForList().range(CHECKPOINTS + again.id(), 0, -1)).isNotEmpty()
			.noneMatch((checkpoint) -> checkpoint.contains("Vries"));
	}

	/** Anna agrees and gives her name: her conversation state holds personal data now. */
	private Candidate screenedUpToHerEmail() {
		for (String text : List.of("Hello, I want to apply as forklift driver", "yes", "Anna de Vries")) {
			process(message(text, Instant.now()));
		}
		Candidate anna = this.candidates.findByPhone(this.phone).orElseThrow();
		assertThat(anna.profile().name()).isEqualTo("Anna de Vries");
		assertThat(this.redis.opsForList().range(CHECKPOINTS + anna.id(), 0, -1)).anyMatch((c) -> c.contains("Vries"));
		return anna;
	}

	/** As a worker does: the message is stored, claimed, handled under its claim and completed. */
	private void process(InboundMessage message) {
		InboxClaims.ClaimedMessage held = stored(message);
		this.handling.handle(held.message(), new HeldClaim(this.claims, held));
		this.claims.complete(held);
	}

	private InboxClaims.ClaimedMessage stored(InboundMessage message) {
		this.inbox.store("meta", List.of(message));
		return this.claims.claimNext("test-worker", Duration.ofMinutes(1)).orElseThrow();
	}

	private InboundMessage message(String text, Instant sentAt) {
		return new InboundMessage("wamid." + UUID.randomUUID(), this.phone, "Anna", sentAt, InboundType.TEXT, text,
				null, null, null);
	}

	private Set<String> checkpointKeys() {
		return this.redis.keys(CHECKPOINTS + "*");
	}

	private long pendingErasures() {
		return this.jdbc.sql("select count(*) from erased_thread where deleted_at is null").query(Long.class).single();
	}

}
