package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.recruitbot.RecruitbotApplication;
import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasedPhones;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.intake.InboxClaims.ClaimedMessage;
import io.recruitbot.system.MovableClock;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A worker frozen past its lease (a GC pause, a stalled connection) wakes up after another worker took its message
 * over and the conversation moved on: it must write nothing, neither a second reply nor its stale view of the profile.
 * The workers here are driven by hand, on the real screening workflow, with a clock moved by hand.
 */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class FencedClaimsIntegrationTests {

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final String PHONE = "31600000901";

	private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));

	private final TestDatabases database;

	private ConfigurableApplicationContext application;

	private Inbox inbox;

	private InboxClaims claims;

	private InboundMessageHandling handling;

	private JdbcClient jdbc;

	private long second;

	FencedClaimsIntegrationTests(TestDatabases database) {
		this.database = database;
	}

	@BeforeEach
	void startWithoutWorkerThreads() {
		String url = this.database.jdbcUrl();
		if (this.database == TestDatabases.POSTGRESQL) {
			// a schema of its own: workers of other test contexts on the shared database, whose clocks are not moved
			// by hand, would see these leases as long expired and take the messages over
			JdbcClient shared = JdbcClient.create(TestDatabases.POSTGRESQL.shared());
			shared.sql("drop schema if exists fenced_claims cascade").update();
			shared.sql("create schema fenced_claims").update();
			url += (url.contains("?") ? "&" : "?") + "currentSchema=fenced_claims";
		}
		this.application = new SpringApplicationBuilder(RecruitbotApplication.class, MovedClock.class)
			.web(WebApplicationType.NONE)
			.run("--recruitbot.database.url=" + url, "--recruitbot.redis.url=", "--recruitbot.inbox.workers=0");
		this.inbox = this.application.getBean(Inbox.class);
		this.claims = this.application.getBean(InboxClaims.class);
		this.jdbc = this.application.getBean(JdbcClient.class);
		this.handling = new InboundMessageHandling(this.application.getBean(CandidateRepository.class),
				this.application.getBean(Transcript.class), this.application.getBean(ConversationEngine.class),
				this.application.getBean(ErasedPhones.class), this.application.getBean(TransactionTemplate.class));
	}

	@AfterEach
	void stop() {
		this.application.close();
	}

	private InboundMessage says(String text) {
		this.second++;
		InboundMessage message = new InboundMessage("wamid.FENCE-" + this.database + "-" + this.second + "-"
				+ System.nanoTime(), PHONE, "Jan", Instant.ofEpochSecond(1764316800L + this.second), InboundType.TEXT,
				text, null, null, null);
		this.inbox.store("meta", List.of(message));
		return message;
	}

	private ClaimedMessage claim(String worker) {
		return this.claims.claimNext(worker, LEASE).orElseThrow();
	}

	private void process(ClaimedMessage claimed) {
		this.handling.handle(claimed.message(), new HeldClaim(this.claims, claimed));
		assertThat(this.claims.complete(claimed)).isTrue();
	}

	private long replies() {
		return this.jdbc.sql("select count(*) from outbox_message where recipient = ?").param(PHONE).query(Long.class)
			.single();
	}

	private Candidate candidate() {
		return this.application.getBean(CandidateRepository.class).findByPhone(PHONE).orElseThrow();
	}

	@Test
	void aWorkerWhoseLeaseRanOutWritesNothingAfterAnotherTookItsMessageOver() {
		for (String text : List.of("hi", "yes", "Jan de Vries")) {
			says(text);
			process(claim("survivor"));
		}
		says("jan@example.com");
		ClaimedMessage frozen = claim("frozen");
		// it wrote the candidate and the transcript, then froze before the conversation engine ran
		Candidate asTheFrozenWorkerReadIt = candidate();
		CLOCK.advance(LEASE.plusSeconds(1));
		ClaimedMessage takenOver = claim("survivor");
		assertThat(takenOver.id()).isEqualTo(frozen.id());
		process(takenOver);
		says("Rotterdam");
		process(claim("survivor"));
		long replies = replies();
		Candidate movedOn = candidate();
		assertThat(movedOn.profile().email()).isEqualTo("jan@example.com");
		assertThat(movedOn.profile().city()).isEqualTo("Rotterdam");

		// the frozen worker wakes up and goes on with the e-mail message, whose state knows no city yet
		ConversationEngine engine = this.application.getBean(ConversationEngine.class);
		assertThatThrownBy(() -> engine.handle(frozen.message(), asTheFrozenWorkerReadIt,
				new HeldClaim(this.claims, frozen)))
			.satisfies((failure) -> assertThat(InfrastructureOutage.causedBy(failure, List.of(ClaimLostException.class)))
				.isTrue());
		assertThatThrownBy(() -> this.handling.handle(frozen.message(), new HeldClaim(this.claims, frozen)))
			.isInstanceOf(ClaimLostException.class);
		assertThat(this.claims.complete(frozen)).isFalse();
		assertThat(replies()).as("no second reply").isEqualTo(replies);
		assertThat(candidate().profile().city()).as("the profile as the newer message left it").isEqualTo("Rotterdam");
		assertThat(candidate().profile().email()).isEqualTo("jan@example.com");
	}

	@Test
	void aWorkerWhoseMessageWasErasedDoesNotCreateTheCandidateAgain() {
		says("hi");
		ClaimedMessage claimed = claim("worker");
		this.inbox.forget(PHONE);
		assertThatThrownBy(() -> this.handling.handle(claimed.message(), new HeldClaim(this.claims, claimed)))
			.isInstanceOf(ClaimLostException.class);
		assertThat(this.application.getBean(CandidateRepository.class).findByPhone(PHONE)).isEmpty();
	}

	/** The clock the whole application reads. */
	@Configuration(proxyBeanMethods = false)
	static class MovedClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return CLOCK;
		}

	}

}
