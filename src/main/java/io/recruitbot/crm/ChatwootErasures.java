package io.recruitbot.crm;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.core.IntervalFunction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Deletes the Chatwoot contacts of erased candidates until Chatwoot has done it. A refusal or an outage waits 30 s,
 * 1 min, 2 min ... up to an hour (Resilience4j's exponential {@link IntervalFunction}) and counts in
 * {@code recruitbot_chatwoot_erasure_failures_total}. Chatwoot lets only administrators delete contacts
 * ({@code ContactPolicy#destroy?}): with an agent's token every attempt is refused with 401, and the reason says so.
 */
@Component
class ChatwootErasures {

	static final IntervalFunction BACKOFF = IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(30), 2.0,
			Duration.ofHours(1));

	private static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(ChatwootErasures.class);

	private final CrmRecords records;

	private final ChatwootClient chatwoot;

	private final Counter failures;

	private final Clock clock;

	ChatwootErasures(CrmRecords records, ChatwootClient chatwoot, MeterRegistry registry, Clock clock) {
		this.records = records;
		this.chatwoot = chatwoot;
		this.failures = Counter.builder("recruitbot.chatwoot.erasure.failures")
			.description("Attempts to delete an erased candidate's Chatwoot contact that failed and will be retried")
			.register(registry);
		this.clock = clock;
	}

	/** Tries every erasure whose time has come; answers how many Chatwoot completed. */
	int eraseDue() {
		int done = 0;
		for (CrmRecords.PendingErasure erasure : this.records.erasuresDue(this.clock.instant(), BATCH)) {
			try {
				contactOf(erasure).ifPresent(this.chatwoot::deleteContact);
				this.records.erasureDone(erasure.candidateId());
				log.info("Chatwoot contact of erased candidate {} deleted", erasure.candidateId());
				done++;
			}
			catch (RestClientException ex) {
				this.failures.increment();
				String reason = reason(ex);
				Duration wait = Duration.ofMillis(BACKOFF.apply(erasure.attempts() + 1));
				this.records.erasureFailed(erasure.candidateId(), this.clock.instant().plus(wait), reason);
				log.warn("Chatwoot erasure of candidate {} failed (attempt {}): {}; retrying in {}s",
						erasure.candidateId(), erasure.attempts() + 1, reason, wait.toSeconds());
			}
		}
		return done;
	}

	private Optional<Long> contactOf(CrmRecords.PendingErasure erasure) {
		if (erasure.contactId() != null) {
			return Optional.of(erasure.contactId());
		}
		return this.chatwoot.findContactByPhone("+" + erasure.phone()).map(ChatwootClient.Contact::id);
	}

	/** Why Chatwoot did not delete, without URLs or bodies (they may carry personal data). */
	static String reason(RestClientException failure) {
		if (failure instanceof RestClientResponseException response) {
			int status = response.getStatusCode().value();
			if (status == HttpStatus.UNAUTHORIZED.value() || status == HttpStatus.FORBIDDEN.value()) {
				return "Chatwoot answered " + status
						+ ": only an administrator's token may delete contacts; set CHATWOOT_API_TOKEN to one";
			}
			return "Chatwoot answered " + status;
		}
		return "Chatwoot could not be reached (" + failure.getClass().getSimpleName() + ")";
	}

}
