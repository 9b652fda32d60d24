package io.recruitbot.candidate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The erasure fence: which numbers were erased, and when, as keyed hashes on the anonymous erasure records. A message
 * received before its sender's erasure (held by a worker while the erasure ran, or redelivered by the provider
 * afterwards) must not create the candidate again; one the person writes after the erasure starts afresh.
 */
@Repository
public class ErasedPhones {

	/** Longer than the provider redelivers a webhook (7 days) and than any inbox retry. */
	static final Duration KEPT = Duration.ofDays(30);

	/** The provider's send time comes from its clock, not ours. */
	static final Duration PROVIDER_CLOCK_SKEW = Duration.ofMinutes(1);

	private static final String HMAC = "HmacSHA256";

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile SecretKeySpec key;

	ErasedPhones(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether the number was erased after this message reached us (at or after {@code receivedAt}), or clearly after
	 * the person sent it: then the message belongs to the erased conversation.
	 */
	public boolean erasedAfter(String phone, Instant receivedAt, Instant sentAt) {
		Optional<Instant> erasedAt = lastErasure(phone);
		return erasedAt.isPresent() && (!erasedAt.get().isBefore(receivedAt)
				|| (sentAt != null && erasedAt.get().isAfter(sentAt.plus(PROVIDER_CLOCK_SKEW))));
	}

	Optional<Instant> lastErasure(String phone) {
		return this.jdbc
			.sql("select erased_at from erasure_record where phone_hash = ? order by erased_at desc limit 1")
			.param(hash(phone))
			.query((row, n) -> SqlTimestamps.read(row, "erased_at"))
			.optional();
	}

	/** The keyed hash the erasure record keeps: hex HMAC-SHA256 of the number's digits. */
	String hash(String phone) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key());
			byte[] digest = mac.doFinal(PhoneNumber.normalize(phone).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/** The hashes have done their work once no old message can arrive any more; the records stay, anonymous. */
	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
	int forgetOldHashes() {
		return this.jdbc.sql("update erasure_record set phone_hash = null where phone_hash is not null and erased_at < ?")
			.param(SqlTimestamps.param(this.clock.instant().minus(KEPT)))
			.update();
	}

	private SecretKeySpec key() {
		SecretKeySpec known = this.key;
		if (known == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			// two instances starting together both try; the first insert wins and both read it
			this.jdbc.sql("insert into erasure_key (id, secret) values (1, ?) on conflict do nothing")
				.param(HexFormat.of().formatHex(fresh))
				.update();
			String secret = this.jdbc.sql("select secret from erasure_key where id = 1").query(String.class).single();
			known = new SecretKeySpec(HexFormat.of().parseHex(secret), HMAC);
			this.key = known;
		}
		return known;
	}

}
