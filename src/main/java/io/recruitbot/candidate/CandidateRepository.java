package io.recruitbot.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.NotFoundException;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the {@code candidate} table, and the creation of a candidate on their first message. Every change after that
 * is a transition of {@link Candidates}.
 */
@Repository
public class CandidateRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	CandidateRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Candidate> findById(UUID id) {
		return this.jdbc.sql("select * from candidate where id = ?")
			.param(id)
			.query(CandidateRepository::map)
			.optional()
			.map((candidate) -> candidate.withOpenQuestions(openQuestions(id)));
	}

	/** The candidate an API path names; {@link NotFoundException} (404) when unknown, erased or not an id at all. */
	public Candidate findForApi(String id) {
		Optional<UUID> parsed;
		try {
			parsed = Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			parsed = Optional.empty();
		}
		return parsed.flatMap(this::findById)
			.orElseThrow(() -> new NotFoundException("No candidate with id '" + id + "'."));
	}

	public Optional<Candidate> findByPhone(String phone) {
		return this.jdbc.sql("select * from candidate where phone = ?")
			.param(PhoneNumber.normalize(phone))
			.query(CandidateRepository::map)
			.optional();
	}

	/**
	 * The candidate for a phone number, created with status {@code NEW} on its first message. Safe when two messages of
	 * a new number arrive at once: both get the same candidate.
	 */
	public Candidate findOrCreate(String phone, String profileName) {
		return findOrCreate(findByPhone(phone), phone, profileName);
	}

	/** {@link #findOrCreate(String, String)} for a caller that has just looked the number up. */
	public Candidate findOrCreate(Optional<Candidate> known, String phone, String profileName) {
		String digits = PhoneNumber.normalize(phone);
		Instant now = this.clock.instant();
		// most messages come from candidates we know: one read, and the insert only for a first message
		Candidate candidate = known.orElseGet(() -> {
			this.jdbc.sql("""
					insert into candidate (id, phone, profile_name, status, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(UUID.randomUUID(), digits, profileName, CandidateStatus.NEW.name(), SqlTimestamps.param(now),
						SqlTimestamps.param(now))
				.update();
			return findByPhone(digits).orElseThrow();
		});
		if (profileName != null && !profileName.equals(candidate.profileName())) {
			this.jdbc.sql("update candidate set profile_name = ?, updated_at = ? where id = ?")
				.params(profileName, SqlTimestamps.param(now), candidate.id())
				.update();
			return findById(candidate.id()).orElseThrow();
		}
		return candidate;
	}

	/** The candidate id of a phone number, for modules that only need to know whether it is a candidate. */
	public Optional<UUID> idOf(String phone) {
		return this.jdbc.sql("select id from candidate where phone = ?")
			.param(PhoneNumber.normalize(phone))
			.query(UUID.class)
			.optional();
	}

	/** The questions the bot passed on to a recruiter, oldest first. */
	List<OpenQuestion> openQuestions(UUID candidateId) {
		return this.jdbc.sql("""
				select text, asked_at from candidate_open_question where candidate_id = ? order by asked_at, id""")
			.param(candidateId)
			.query((row, n) -> new OpenQuestion(row.getString("text"), SqlTimestamps.read(row, "asked_at")))
			.list();
	}

	public List<ConsentRecord> consents(UUID candidateId) {
		return this.jdbc.sql("""
				select purpose, granted, recorded_at from consent_record where candidate_id = ? order by recorded_at, id""")
			.param(candidateId)
			.query((row, n) -> new ConsentRecord(row.getString("purpose"), row.getBoolean("granted"),
					SqlTimestamps.read(row, "recorded_at")))
			.list();
	}

	/** Whether the candidate still exists: a primary-key read, for workers that may have been overtaken by an erasure. */
	public boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from candidate where id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Where each candidate who first wrote at or after {@code since} stands now: what the funnel counts. */
	public List<CandidateStanding> standingsSince(Instant since) {
		return this.jdbc.sql("select id, status, matched_vacancy_ids, created_at from candidate where created_at >= ?")
			.param(SqlTimestamps.param(since))
			.query((row, n) -> new CandidateStanding(row.getObject("id", UUID.class),
					CandidateStatus.valueOf(row.getString("status")),
					ProfileColumns.split(row.getString("matched_vacancy_ids")), SqlTimestamps.read(row, "created_at")))
			.list();
	}

	/** The candidate with the questions kept for a recruiter and the inbox's figures beside them; empty when unknown. */
	public Optional<InboxCandidate> findInInbox(UUID id) {
		return this.jdbc.sql("select * from candidate where id = ?")
			.param(id)
			.query(CandidateRepository::inInbox)
			.optional()
			.map((found) -> new InboxCandidate(found.candidate().withOpenQuestions(openQuestions(id)), found.assignedTo(),
					found.lastMessageAt(), found.waitingSince()));
	}

	/**
	 * One page of the inbox, newest activity first. One read of the candidate table (the inbox's figures are kept on
	 * the row, see {@link Transcript}) plus its count; the order is index {@code candidate_activity_idx}.
	 */
	CandidatePage search(CandidateQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (query.phone() != null) {
			where.append(" and phone = :phone");
			parameters.put("phone", query.phone());
		}
		if (!query.statuses().isEmpty()) {
			where.append(" and status in (:statuses)");
			parameters.put("statuses", query.statuses().stream().map(Enum::name).toList());
		}
		if (query.text() != null) {
			// the user's text is a literal, not a pattern: escape LIKE's wildcards
			where.append(" and (lower(name) like :text escape '\\' or lower(profile_name) like :text escape '\\'"
					+ " or lower(email) like :text escape '\\' or lower(city) like :text escape '\\'"
					+ " or phone like :text escape '\\')");
			parameters.put("text", "%" + likeLiteral(query.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (query.vacancyId() != null) {
			where.append(" and (',' || matched_vacancy_ids || ',') like :vacancy escape '\\'");
			parameters.put("vacancy", "%," + likeLiteral(query.vacancyId()) + ",%");
		}
		if (query.needsAttention()) {
			where.append(" and status = 'HANDED_OFF' and awaiting_reply_since is not null");
		}
		long total = this.jdbc.sql("select count(*) from candidate" + where).params(parameters).query(Long.class).single();
		List<InboxCandidate> items = this.jdbc.sql("select * from candidate" + where
				+ " order by last_message_at desc nulls last, id limit :limit offset :offset")
			.params(parameters)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(CandidateRepository::inInbox)
			.list();
		return new CandidatePage(items, total);
	}

	private static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from candidate where id = ?").param(id).update() > 0;
	}

	private static InboxCandidate inInbox(ResultSet row, int rowNumber) throws SQLException {
		Candidate candidate = map(row, rowNumber);
		Instant waiting = (candidate.status() == CandidateStatus.HANDED_OFF)
				? SqlTimestamps.read(row, "awaiting_reply_since") : null;
		return new InboxCandidate(candidate, row.getString("assigned_to"), SqlTimestamps.read(row, "last_message_at"),
				waiting);
	}

	private static Candidate map(ResultSet row, int rowNumber) throws SQLException {
		return new Candidate(row.getObject("id", UUID.class), row.getString("phone"), row.getString("profile_name"),
				ProfileColumns.read(row), SqlTimestamps.read(row, "consent_at"),
				CandidateStatus.valueOf(row.getString("status")),
				ProfileColumns.split(row.getString("matched_vacancy_ids")), SqlTimestamps.read(row, "created_at"),
				SqlTimestamps.read(row, "updated_at"), row.getString("language"), null,
				DecisionReasons.read(row.getString("decision_reasons")));
	}

}
