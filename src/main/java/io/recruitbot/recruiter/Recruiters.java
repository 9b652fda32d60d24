package io.recruitbot.recruiter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.ConflictException;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code recruiter} table, its one owner. E-mail addresses arrive in any case and are stored lower-cased, so one
 * person cannot hold two accounts and signs in however they type their address.
 */
@Repository
class Recruiters {

	private static final String COLUMNS = "id, email, display_name, role, enabled, locked_until, created_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	Recruiters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An account with what signing in checks: the password hash. */
	record Account(Recruiter recruiter, String passwordHash) {
	}

	List<Recruiter> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from recruiter order by email").query(Recruiters::map).list();
	}

	Optional<Recruiter> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from recruiter where id = ?").param(id).query(Recruiters::map).optional();
	}

	Optional<Recruiter> findByEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from recruiter where email = ?")
			.param(EmailAddress.normalize(email))
			.query(Recruiters::map)
			.optional();
	}

	Optional<Account> findAccount(String email) {
		return this.jdbc.sql("select " + COLUMNS + ", password_hash from recruiter where email = ?")
			.param(EmailAddress.normalize(email))
			.query((row, number) -> new Account(map(row, number), row.getString("password_hash")))
			.optional();
	}

	boolean hasAdministrator() {
		return this.jdbc.sql("select count(*) from recruiter where role = 'ADMIN'").query(Long.class).single() > 0;
	}

	boolean isEmpty() {
		return this.jdbc.sql("select count(*) from recruiter").query(Long.class).single() == 0;
	}

	/** A new account; 409 when the e-mail address (in any case) already has one. */
	Recruiter create(String email, String displayName, Role role, String passwordHash) {
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into recruiter (id, email, display_name, role, password_hash, enabled, failed_attempts, created_at)
					values (?, ?, ?, ?, ?, true, 0, ?)""")
				.params(id, EmailAddress.normalize(email), displayName.trim(), role.name(), passwordHash,
						SqlTimestamps.param(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("recruiter_exists", "A recruiter with this e-mail address already exists.");
		}
		return findById(id).orElseThrow();
	}

	/**
	 * The first administrator, only while there is none. Two instances starting at once with the same
	 * {@code RECRUITBOT_ADMIN_EMAIL} meet at the unique e-mail index; the set-up link is one instance's, used once.
	 */
	@Transactional
	Optional<Recruiter> createFirstAdministrator(String email, String displayName, String passwordHash) {
		if (hasAdministrator()) {
			return Optional.empty();
		}
		return Optional.of(create(email, displayName, Role.ADMIN, passwordHash));
	}

	boolean enable(UUID id, boolean enabled) {
		return this.jdbc.sql("update recruiter set enabled = ? where id = ?").params(enabled, id).update() > 0;
	}

	/** A new password ends a lock-out: the administrator who set it vouches for the person. */
	boolean changePassword(UUID id, String passwordHash) {
		return this.jdbc.sql("""
				update recruiter set password_hash = ?, failed_attempts = 0, last_failed_at = null, locked_until = null
				where id = ?""").params(passwordHash, id).update() > 0;
	}

	/**
	 * One more failed sign-in; the {@code maximum}th within {@code window} of the one before locks the account for
	 * {@code window}. Counting and locking are one statement each, so concurrent failures cannot lose a count.
	 */
	@Transactional
	void recordFailedSignIn(String email, int maximum, Duration window) {
		Instant now = this.clock.instant();
		String address = EmailAddress.normalize(email);
		this.jdbc.sql("""
				update recruiter set
				  failed_attempts = case when last_failed_at > ? then failed_attempts + 1 else 1 end,
				  last_failed_at = ?
				where email = ?""")
			.params(SqlTimestamps.param(now.minus(window)), SqlTimestamps.param(now), address)
			.update();
		this.jdbc.sql("update recruiter set locked_until = ?, failed_attempts = 0 where email = ? and failed_attempts >= ?")
			.params(SqlTimestamps.param(now.plus(window)), address, maximum)
			.update();
	}

	void recordSignIn(String email) {
		this.jdbc.sql("update recruiter set failed_attempts = 0, last_failed_at = null where email = ? and failed_attempts > 0")
			.param(EmailAddress.normalize(email))
			.update();
	}

	private static Recruiter map(ResultSet row, int number) throws SQLException {
		return new Recruiter(row.getObject("id", UUID.class), row.getString("email"), row.getString("display_name"),
				Role.valueOf(row.getString("role")), row.getBoolean("enabled"), SqlTimestamps.read(row, "locked_until"),
				SqlTimestamps.read(row, "created_at"));
	}

}
