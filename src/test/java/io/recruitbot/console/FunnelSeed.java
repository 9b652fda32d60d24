package io.recruitbot.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.MovableClock;
import io.recruitbot.whatsapp.OutboundMessage;
import io.recruitbot.whatsapp.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * A known set of candidates for the funnel, made through the real operations with a clock moved by hand: two qualified
 * for the Rotterdam warehouse (one also for the Tilburg forklift), after 30 and 50 minutes; one screened out; one who
 * stopped at the e-mail question, one who never consented; one handed off and answered by a recruiter 12 minutes later.
 */
public final class FunnelSeed {

	public static final String WAREHOUSE = "warehouse-rotterdam";

	public static final String FORKLIFT = "forklift-tilburg";

	private final CandidateRepository candidates;

	private final Candidates lifecycle;

	private final Outbox outbox;

	private final Transcript transcript;

	private final JdbcClient jdbc;

	private final MovableClock clock;

	public FunnelSeed(CandidateRepository candidates, Candidates lifecycle, Outbox outbox, Transcript transcript,
			JdbcClient jdbc, MovableClock clock) {
		this.candidates = candidates;
		this.lifecycle = lifecycle;
		this.outbox = outbox;
		this.transcript = transcript;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void plant() {
		UUID first = screening("31655500001");
		UUID second = screening("31655500002");
		UUID screenedOut = screening("31655500003");
		UUID stoppedAtEmail = screening("31655500004");
		UUID neverConsented = this.candidates.findOrCreate("31655500005", "Noor").id();
		UUID handedOff = screening("31655500006");
		ask(stoppedAtEmail, "email");
		ask(neverConsented, "consent");
		this.lifecycle.screenOut(screenedOut);

		this.clock.advance(Duration.ofMinutes(30));
		this.lifecycle.qualify(first, List.of(WAREHOUSE));
		Instant handOffAt = this.lifecycle.handOff(handedOff, "test").updatedAt();
		// the bot's goodbye is no reply: the recruiter's message, with its author, is
		this.transcript.recordOutbound(UUID.randomUUID(), handedOff, "text", "A colleague will contact you.", handOffAt);
		this.clock.advance(Duration.ofMinutes(12));
		this.transcript.recordOutbound(UUID.randomUUID(), handedOff, "text", "Hi, this is Sanne from the agency.",
				handOffAt.plus(Duration.ofMinutes(12)), "sanne@example.com");
		this.clock.advance(Duration.ofMinutes(8));
		this.lifecycle.qualify(second, List.of(WAREHOUSE, FORKLIFT));
		await().atMost(Duration.ofSeconds(10)).until(() -> steps() == 4);
	}

	private UUID screening(String phone) {
		UUID id = this.candidates.findOrCreate(phone, "Seed").id();
		this.lifecycle.startScreening(id, this.clock.instant(), "screening", "seed-" + phone);
		return id;
	}

	private void ask(UUID candidate, String field) {
		String phone = this.candidates.findById(candidate).orElseThrow().phone();
		this.outbox.enqueue(new OutboundMessage(candidate, phone, new OutboundMessage.Text("What is your " + field + "?"),
				field));
	}

	/** 2 qualified, 1 screened out, 1 handed off: 4 steps once the events are in. */
	private long steps() {
		return this.jdbc.sql("select count(*) from console_status_step where status in ('QUALIFIED', 'HANDED_OFF', 'NOT_QUALIFIED')")
			.query(Long.class)
			.single();
	}

}
