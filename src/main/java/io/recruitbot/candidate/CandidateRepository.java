package io.recruitbot.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Candidates in the {@code candidate} table. */
@Repository
public class CandidateRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	CandidateRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Candidate> findById(UUID id) {
		return this.jdbc.sql("select * from candidate where id = ?").param(id).query(CandidateRepository::map).optional();
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

	/** Whether the candidate still exists: a primary-key read, for workers that may have been overtaken by an erasure. */
	public boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from candidate where id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Stores the profile fields, status and matches of a candidate that exists. */
	public void update(Candidate candidate) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update candidate set profile_name = :profileName, name = :name, email = :email, city = :city,
				  desired_role = :desiredRole, years_experience = :yearsExperience, availability = :availability,
				  hours_per_week = :hoursPerWeek, driving_license = :drivingLicense, work_permit = :workPermit,
				  languages = :languages, salary_expectation = :salaryExpectation, consent_at = :consentAt,
				  status = :status, matched_vacancy_ids = :matchedVacancyIds, updated_at = :updatedAt
				where id = :id""")
			.param("profileName", candidate.profileName())
			.param("name", candidate.name())
			.param("email", candidate.email())
			.param("city", candidate.city())
			.param("desiredRole", candidate.desiredRole())
			.param("yearsExperience", candidate.yearsExperience())
			.param("availability", candidate.availability())
			.param("hoursPerWeek", candidate.hoursPerWeek())
			.param("drivingLicense", candidate.drivingLicense())
			.param("workPermit", candidate.workPermit())
			.param("languages", join(candidate.languages()))
			.param("salaryExpectation", candidate.salaryExpectation())
			.param("consentAt", SqlTimestamps.param(candidate.consentAt()))
			.param("status", candidate.status().name())
			.param("matchedVacancyIds", join(candidate.matchedVacancyIds()))
			.param("updatedAt", SqlTimestamps.param(now))
			.param("id", candidate.id())
			.update();
	}

	CandidatePage search(CandidateQuery query) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (query.phone() != null) {
			where.append(" and phone = :phone");
		}
		if (query.status() != null) {
			where.append(" and status = :status");
		}
		long total = bind(this.jdbc.sql("select count(*) from candidate" + where), query).query(Long.class).single();
		List<Candidate> items = bind(this.jdbc.sql("select * from candidate" + where
				+ " order by created_at desc, id limit :limit offset :offset"), query)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(CandidateRepository::map)
			.list();
		return new CandidatePage(items, total);
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from candidate where id = ?").param(id).update() > 0;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CandidateQuery query) {
		if (query.phone() != null) {
			statement = statement.param("phone", query.phone());
		}
		if (query.status() != null) {
			statement = statement.param("status", query.status().name());
		}
		return statement;
	}

	private static String join(List<String> values) {
		return values.isEmpty() ? null : String.join(",", values);
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(","));
	}

	private static Candidate map(ResultSet row, int rowNumber) throws SQLException {
		return new Candidate(row.getObject("id", UUID.class), row.getString("phone"), row.getString("profile_name"),
				row.getString("name"), row.getString("email"), row.getString("city"), row.getString("desired_role"),
				row.getObject("years_experience", Double.class), row.getString("availability"),
				row.getObject("hours_per_week", Integer.class), row.getObject("driving_license", Boolean.class),
				row.getObject("work_permit", Boolean.class), split(row.getString("languages")),
				row.getString("salary_expectation"), SqlTimestamps.read(row, "consent_at"),
				CandidateStatus.valueOf(row.getString("status")), split(row.getString("matched_vacancy_ids")),
				SqlTimestamps.read(row, "created_at"), SqlTimestamps.read(row, "updated_at"));
	}

}
