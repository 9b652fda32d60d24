package io.recruitbot.candidate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's lifecycle, as a recruiter would say it. Each transition names the statuses it may leave from and
 * changes only its own columns in one guarded statement ({@code ... where id = ? and status in (...)}), so two
 * writers never overwrite each other: a recruiter's take-over that commits first makes the bot's next transition
 * fail instead of being undone by it. A refused transition throws {@link CandidateTransitionRefused} and changes
 * nothing; an applied one publishes its {@link CandidateStatusChanged} event in the same transaction.
 */
@Service
@Transactional(noRollbackFor = CandidateTransitionRefused.class)
public class Candidates {

	static final Set<CandidateStatus> SCREENED = EnumSet.of(CandidateStatus.SCREENING, CandidateStatus.QUALIFIED,
			CandidateStatus.NOT_QUALIFIED);

	/** Who a person may take over: everyone the bot answers (a decided candidate is answered by handing off). */
	static final Set<CandidateStatus> WITH_THE_BOT = EnumSet.of(CandidateStatus.NEW, CandidateStatus.SCREENING,
			CandidateStatus.QUALIFIED, CandidateStatus.NOT_QUALIFIED, CandidateStatus.SHORTLISTED,
			CandidateStatus.REJECTED);

	/**
	 * Whom a recruiter may decide on: anyone who consented and was (or is being) screened, also while the recruiter has
	 * the conversation; not a new candidate (nothing to decide on yet) nor one who opted out.
	 */
	static final Set<CandidateStatus> DECIDABLE = EnumSet.of(CandidateStatus.SCREENING, CandidateStatus.QUALIFIED,
			CandidateStatus.NOT_QUALIFIED, CandidateStatus.HANDED_OFF);

	private final JdbcClient jdbc;

	private final CandidateRepository candidates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Candidates(JdbcClient jdbc, CandidateRepository candidates, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores the screening answers the bot learnt (what it does not know stays as stored); never the status. Answers
	 * the status as it stands once the row is locked by this write, so the caller's further transitions in its
	 * transaction see every take-over that committed before; empty when the candidate no longer exists.
	 */
	public Optional<CandidateStatus> recordAnswers(UUID id, CandidateProfile answers) {
		int updated = this.jdbc
			.sql("update candidate set " + ProfileColumns.KEEPING_KNOWN + ", updated_at = :now where id = :id")
			.params(ProfileColumns.parameters(answers))
			.param("now", SqlTimestamps.param(this.clock.instant()))
			.param("id", id)
			.update();
		return (updated == 0) ? Optional.empty() : status(id);
	}

	/**
	 * The language the bot speaks with the candidate from now on (an ISO 639-1 code). Allowed in every status and
	 * before consent: the contract keeps it beside the phone number.
	 */
	public void speaksIn(UUID id, String language) {
		this.jdbc.sql("update candidate set language = ?, updated_at = ? where id = ?")
			.params(language, SqlTimestamps.param(this.clock.instant()), id)
			.update();
	}

	/**
	 * Keeps a question the bot could not answer, for a recruiter; never a profile field. Only for a candidate who
	 * consented: the conversation holds earlier questions until then.
	 */
	public void keepQuestionForRecruiter(UUID id, String text, Instant askedAt) {
		this.jdbc.sql("insert into candidate_open_question (candidate_id, text, asked_at) values (?, ?, ?)")
			.params(id, text, SqlTimestamps.param(askedAt))
			.update();
	}

	/** The candidate consented: screening starts, and the consent joins their consent history. */
	public void startScreening(UUID id, Instant consentAt, String purpose, String sourceMessageId) {
		Instant now = move(id, "start screening", EnumSet.of(CandidateStatus.NEW),
				"status = 'SCREENING', consent_at = :value", SqlTimestamps.param(consentAt));
		this.jdbc.sql("""
				insert into consent_record (candidate_id, purpose, granted, recorded_at, source_message)
				values (?, ?, true, ?, ?)""")
			.params(id, purpose, SqlTimestamps.param(now), sourceMessageId)
			.update();
		this.events.publishEvent(new ScreeningStarted(id, now));
	}

	/** Screening found vacancies that fit; also when a corrected answer changes the outcome. */
	public void qualify(UUID id, List<String> vacancyIds) {
		qualify(id, vacancyIds, List.of());
	}

	/**
	 * Screening found vacancies that fit, for these reasons (they replace those of an earlier outcome). The match is
	 * a proposal: a recruiter shortlists or rejects.
	 */
	public void qualify(UUID id, List<String> vacancyIds, List<DecisionReason> reasons) {
		Instant now = move(id, "be qualified", SCREENED,
				"status = 'QUALIFIED', matched_vacancy_ids = :value, decision_reasons = :reasons",
				ProfileColumns.join(vacancyIds), reasons);
		this.events.publishEvent(new CandidateQualified(id, vacancyIds, now));
	}

	/** Screening found no vacancy that fits (status {@code NOT_QUALIFIED}). */
	public void screenOut(UUID id) {
		screenOut(id, List.of());
	}

	/**
	 * Screening found no vacancy that fits, for these reasons (they replace those of an earlier outcome). Not a final
	 * rejection: the candidate waits for a recruiter to confirm ({@code REJECTED}) or overturn ({@code SHORTLISTED}).
	 */
	public void screenOut(UUID id, List<DecisionReason> reasons) {
		Instant now = move(id, "be screened out", SCREENED,
				"status = 'NOT_QUALIFIED', matched_vacancy_ids = null, decision_reasons = :reasons", null, reasons);
		this.events.publishEvent(new CandidateScreenedOut(id, now));
	}

	/** A person takes the conversation over; the status it interrupts is kept for {@link #handBack}. */
	public Candidate handOff(UUID id, String by) {
		Instant now = move(id, "be handed off", WITH_THE_BOT, "status = 'HANDED_OFF', status_before_handoff = status",
				null);
		CandidateStatus before = this.jdbc.sql("select status_before_handoff from candidate where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(CandidateStatus::valueOf)
			.orElse(null);
		this.events.publishEvent(new CandidateHandedOff(id, by, before, now));
		return this.candidates.findById(id).orElseThrow();
	}

	/** The recruiter gives the conversation back: the candidate is in the status from before the hand-off again. */
	public Candidate handBack(UUID id, String by) {
		Instant now = move(id, "be handed back", EnumSet.of(CandidateStatus.HANDED_OFF),
				"status = coalesce(status_before_handoff, 'SCREENING'), status_before_handoff = null,"
						+ " awaiting_reply_since = null",
				null);
		Candidate candidate = this.candidates.findById(id).orElseThrow();
		this.events.publishEvent(new CandidateHandedBack(id, by, candidate.status(), now));
		return candidate;
	}

	/**
	 * A recruiter shortlists the candidate (also one they rejected before). A hand-off ends with it: the decision is
	 * the status now, and the candidate's next message goes to a person again.
	 */
	public Candidate shortlist(UUID id, String by) {
		Instant now = move(id, "be shortlisted", with(DECIDABLE, CandidateStatus.REJECTED),
				"status = 'SHORTLISTED', status_before_handoff = null", null);
		this.events.publishEvent(new CandidateShortlisted(id, by, now));
		return this.candidates.findById(id).orElseThrow();
	}

	/** A recruiter turns the candidate down (also one they shortlisted before); a hand-off ends with it. */
	public Candidate reject(UUID id, String by) {
		Instant now = move(id, "be rejected", with(DECIDABLE, CandidateStatus.SHORTLISTED),
				"status = 'REJECTED', status_before_handoff = null", null);
		this.events.publishEvent(new CandidateRejected(id, by, now));
		return this.candidates.findById(id).orElseThrow();
	}

	/**
	 * The recruiter (an e-mail address) who looks after the candidate, or nobody ({@code null}). Not a status: any
	 * candidate can be assigned; empty when the candidate does not exist.
	 */
	public Optional<Candidate> assign(UUID id, String recruiter) {
		int updated = this.jdbc.sql("update candidate set assigned_to = :recruiter, updated_at = :now where id = :id")
			.param("recruiter", recruiter)
			.param("now", SqlTimestamps.param(this.clock.instant()))
			.param("id", id)
			.update();
		return (updated == 0) ? Optional.empty() : this.candidates.findById(id);
	}

	/** STOP: whoever has the conversation, nothing more is sent until START. */
	public void optOut(UUID id) {
		Instant now = move(id, "opt out", EnumSet.complementOf(EnumSet.of(CandidateStatus.OPTED_OUT)),
				"status = 'OPTED_OUT', status_before_opt_out = status", null);
		this.events.publishEvent(new CandidateOptedOut(id, now));
	}

	/** START after STOP: the candidate is where they were. */
	public void optIn(UUID id) {
		Instant now = move(id, "opt in", EnumSet.of(CandidateStatus.OPTED_OUT),
				"status = coalesce(status_before_opt_out, 'NEW'), status_before_opt_out = null", null);
		this.events.publishEvent(new CandidateOptedIn(id, status(id).orElseThrow(), now));
	}

	/**
	 * One guarded transition: {@code set} applies only while the status is one of {@code from}, with {@code :value}
	 * bound to {@code value}. Answers the time of the change, or refuses without changing anything.
	 */
	private Instant move(UUID id, String transition, Set<CandidateStatus> from, String set, Object value) {
		return move(id, transition, from, set, value, List.of());
	}

	private Instant move(UUID id, String transition, Set<CandidateStatus> from, String set, Object value,
			List<DecisionReason> reasons) {
		Instant now = this.clock.instant();
		int moved = this.jdbc.sql("update candidate set " + set + ", updated_at = :now where id = :id and status in (:from)")
			.param("value", value)
			.param("reasons", DecisionReasons.write(reasons))
			.param("now", SqlTimestamps.param(now))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update();
		if (moved == 0) {
			throw new CandidateTransitionRefused(id, transition, status(id).orElse(null), from);
		}
		return now;
	}

	private static Set<CandidateStatus> with(Set<CandidateStatus> statuses, CandidateStatus another) {
		Set<CandidateStatus> all = EnumSet.copyOf(statuses);
		all.add(another);
		return all;
	}

	private Optional<CandidateStatus> status(UUID id) {
		return this.jdbc.sql("select status from candidate where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(CandidateStatus::valueOf);
	}

}
