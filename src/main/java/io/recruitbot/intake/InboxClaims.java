package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.recruitbot.system.SqlTimestamps;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims on inbox messages. A message is claimed by one worker at a time, strictly in order within its conversation
 * (phone): provider timestamp, then arrival. Claims are row locks taken with {@code FOR UPDATE SKIP LOCKED} plus a
 * lease, so several service instances can share one database and a crashed instance's message is taken over when its
 * lease runs out. Every claim bumps the row's {@code claim_token}: whoever settles or writes for a message proves with
 * it that the claim is still theirs.
 */
@Repository
class InboxClaims {

	/**
	 * Claimable: a message whose claim expired (its worker died), or a waiting message that is due, first in its
	 * conversation, and whose conversation has nothing in flight.
	 */
	private static final String CLAIMABLE = """
			((x.state = 'PROCESSING' and x.lease_until < :now)
			  or (x.state = 'PENDING' and x.available_at <= :now and not exists (
			    select 1 from inbox_message e where e.phone = x.phone and e.id <> x.id and (e.state = 'PROCESSING'
			      or (e.state = 'PENDING' and (e.provider_timestamp < x.provider_timestamp
			        or (e.provider_timestamp = x.provider_timestamp and e.id < x.id)))))))""";

	private static final int CANDIDATES_PER_CLAIM = 16;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	InboxClaims(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** Claims the next message a worker may process, or nothing when every conversation is idle or busy. */
	Optional<ClaimedMessage> claimNext(String instance, Duration lease) {
		Instant now = this.clock.instant();
		List<Long> candidates = this.jdbc.sql("select x.id from inbox_message x where " + CLAIMABLE
				+ " order by x.provider_timestamp, x.id limit " + CANDIDATES_PER_CLAIM)
			.param("now", SqlTimestamps.param(now))
			.query(Long.class)
			.list();
		for (Long id : candidates) {
			Optional<ClaimedMessage> claimed = claim(id, instance, now, now.plus(lease));
			if (claimed.isPresent()) {
				return claimed;
			}
		}
		return Optional.empty();
	}

	private Optional<ClaimedMessage> claim(long id, String instance, Instant now, Instant leaseUntil) {
		try {
			return this.transactions.execute((status) -> {
				// one row by id: H2 locks every row a FOR UPDATE query reads, so the candidate scan above stays unlocked
				boolean locked = !this.jdbc.sql("select x.id from inbox_message x where x.id = :id and " + CLAIMABLE
						+ " for update skip locked")
					.param("id", id)
					.param("now", SqlTimestamps.param(now))
					.query(Long.class)
					.list()
					.isEmpty();
				if (!locked) {
					return Optional.<ClaimedMessage>empty();
				}
				this.jdbc.sql("""
						update inbox_message set state = 'PROCESSING', in_flight_phone = phone, claimed_by = :instance,
						  lease_until = :leaseUntil, attempts = attempts + 1, claim_token = claim_token + 1
						where id = :id""")
					.param("instance", instance)
					.param("leaseUntil", SqlTimestamps.param(leaseUntil))
					.param("id", id)
					.update();
				// mapped first, read after: a payload that cannot be read is updated while no result set is open
				Stored row = this.jdbc.sql("select claim_token, attempts, payload, received_at from inbox_message where id = ?")
					.param(id)
					.query((result, n) -> new Stored(result.getLong("claim_token"), result.getInt("attempts"),
							result.getString("payload"), SqlTimestamps.read(result, "received_at")))
					.single();
				return readClaim(id, row);
			});
		}
		catch (DuplicateKeyException ex) {
			// another instance put a message of the same conversation in flight a moment ago
			return Optional.empty();
		}
	}

	/** The claimed message; a payload that cannot be read is dead-lettered at once, since no retry can change it. */
	private Optional<ClaimedMessage> readClaim(long id, Stored row) {
		try {
			return Optional.of(new ClaimedMessage(id, row.token(), row.attempts(),
					this.json.readValue(row.payload(), InboundMessage.class), row.receivedAt()));
		}
		catch (JacksonException ex) {
			this.jdbc.sql("""
					update inbox_message set state = 'DEAD', in_flight_phone = null, lease_until = null, claimed_by = null,
					  last_error = :error, dead_at = :now where id = :id""")
				.param("error", abbreviate("Unreadable payload: " + ex.getOriginalMessage()))
				.param("now", SqlTimestamps.param(this.clock.instant()))
				.param("id", id)
				.update();
			return Optional.empty();
		}
	}

	/**
	 * True when the claim is still held, and then the row stays locked until the caller's transaction ends, so nobody
	 * takes the message over before that transaction's side effects are committed.
	 */
	boolean holds(ClaimedMessage claimed) {
		return !this.jdbc.sql("""
				select id from inbox_message where id = ? and claim_token = ? and state = 'PROCESSING' for update""")
			.params(claimed.id(), claimed.token())
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/** Marks a claimed message processed; false when the claim was lost (lease expired and taken over). */
	boolean complete(ClaimedMessage claimed) {
		return this.jdbc.sql("""
				update inbox_message set state = 'DONE', in_flight_phone = null, lease_until = null, last_error = null,
				  processed_at = :now where id = :id and claim_token = :token and state = 'PROCESSING'""")
			.param("now", SqlTimestamps.param(this.clock.instant()))
			.param("id", claimed.id())
			.param("token", claimed.token())
			.update() > 0;
	}

	/** Puts a failed message back to wait for its retry, or parks it as a dead letter. */
	boolean fail(ClaimedMessage claimed, String error, Instant retryAt, boolean deadLetter) {
		Instant now = this.clock.instant();
		return putBack(claimed, "", deadLetter ? Inbox.DEAD : Inbox.PENDING, error, deadLetter ? now : retryAt,
				deadLetter ? now : null);
	}

	/**
	 * Puts a message back that could not be processed because something it needs is down (database, Redis, a provider):
	 * not its own fault, so the attempt is given back and the message stays first in its conversation.
	 */
	boolean release(ClaimedMessage claimed, String error, Instant retryAt) {
		return putBack(claimed, ", attempts = attempts - 1", Inbox.PENDING, error, retryAt, null);
	}

	private boolean putBack(ClaimedMessage claimed, String attempts, String state, String error, Instant availableAt,
			Instant deadAt) {
		return this.jdbc.sql("""
				update inbox_message set state = :state, in_flight_phone = null, lease_until = null, claimed_by = null,
				  available_at = :availableAt, last_error = :error, dead_at = :deadAt%s
				where id = :id and claim_token = :token and state = 'PROCESSING'""".formatted(attempts))
			.param("state", state)
			.param("availableAt", SqlTimestamps.param(availableAt))
			.param("error", abbreviate(error))
			.param("deadAt", SqlTimestamps.param(deadAt))
			.param("id", claimed.id())
			.param("token", claimed.token())
			.update() > 0;
	}

	/**
	 * Extends the leases of the messages a worker is working on now: proof that it is alive. Only those: a message its
	 * worker gave up on but could not put back (the database was down) keeps no lease, so it is taken over when the
	 * lease runs out instead of being held for as long as this instance lives.
	 * @return how many leases were extended
	 */
	int renewLeases(Collection<ClaimedMessage> held, Instant leaseUntil) {
		int renewed = 0;
		for (ClaimedMessage claimed : held) {
			renewed += this.jdbc.sql("""
					update inbox_message set lease_until = :leaseUntil
					where id = :id and claim_token = :token and state = 'PROCESSING'""")
				.param("leaseUntil", SqlTimestamps.param(leaseUntil))
				.param("id", claimed.id())
				.param("token", claimed.token())
				.update();
		}
		return renewed;
	}

	private static String abbreviate(String error) {
		return (error == null || error.length() <= 2000) ? error : error.substring(0, 1997) + "...";
	}

	private record Stored(long token, int attempts, String payload, Instant receivedAt) {
	}

	/**
	 * A message a worker holds the claim on, under {@code token}; {@code attempts} counts this one, {@code receivedAt}
	 * is when the inbox stored it.
	 */
	record ClaimedMessage(long id, long token, int attempts, InboundMessage message, Instant receivedAt) {
	}

}
