package io.recruitbot.crm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Mirrors the database into Chatwoot every few seconds: candidates with unmirrored messages or profile changes are
 * claimed one at a time and synced in order. A failing candidate waits with exponential backoff (Chatwoot's
 * {@code Retry-After} on 429 wins) while the others go on. It runs on a thread of its own, so a slow Chatwoot never
 * holds up the schedulers that deliver WhatsApp messages. Off, and said so once, when Chatwoot is not configured.
 */
@Component
class MirrorRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MirrorRelay.class);

	static final Duration LEASE = Duration.ofMinutes(2);

	static final Duration FIRST_RETRY = Duration.ofSeconds(5);

	static final Duration LAST_RETRY = Duration.ofMinutes(10);

	private final ChatwootSettings settings;

	private final CrmRecords records;

	private final CandidateMirror mirror;

	private final ChatwootSyncMetrics metrics;

	private final ChatwootSetupCheck setup;

	private final ChatwootErasures erasures;

	private final FailedDeliveryNotes failedDeliveries;

	private final Clock clock;

	private final String worker = "relay-" + UUID.randomUUID().toString().substring(0, 8);

	private ScheduledExecutorService scheduler;

	MirrorRelay(ChatwootSettings settings, CrmRecords records, CandidateMirror mirror, ChatwootSyncMetrics metrics,
			ChatwootSetupCheck setup, ChatwootErasures erasures, FailedDeliveryNotes failedDeliveries, Clock clock) {
		this.settings = settings;
		this.records = records;
		this.mirror = mirror;
		this.metrics = metrics;
		this.setup = setup;
		this.erasures = erasures;
		this.failedDeliveries = failedDeliveries;
		this.clock = clock;
	}

	/**
	 * One pass: erasures whose retry is due, the candidates that are due (unless the set-up check found the mirror
	 * cannot work), and failed deliveries to report. Answers how many candidates had something to mirror and got it
	 * all there.
	 */
	int relayOnce() {
		if (!this.settings.configured()) {
			return 0;
		}
		this.erasures.eraseDue();
		if (this.setup.findings().mirrorBlocked()) {
			return 0; // health says why; the check runs again and lifts this once the set-up is fixed
		}
		int synced = 0;
		Instant now = this.clock.instant();
		for (UUID candidateId : this.records.candidatesDue(now, this.settings.batchSize())) {
			if (this.records.claim(candidateId, this.worker, now, now.plus(LEASE))) {
				synced += syncClaimed(candidateId) ? 1 : 0;
			}
		}
		Instant measured = this.clock.instant();
		this.metrics.lag(this.records.oldestUnsyncedMessage()
			.map((oldest) -> Duration.between(oldest, measured).toSeconds())
			.orElse(0L));
		this.failedDeliveries.report();
		return synced;
	}

	private boolean syncClaimed(UUID candidateId) {
		try {
			CandidateMirror.Synced synced = this.mirror.sync(candidateId);
			if (synced.anything()) {
				this.metrics.synced(synced.messages());
			}
			return synced.anything();
		}
		catch (RestClientException | DataAccessException ex) {
			this.metrics.failed();
			String error = describe(ex);
			Instant retryAt = this.clock.instant().plus(backoff(candidateId, ex));
			int attempts = this.records.failed(candidateId, retryAt, error);
			log.warn("Chatwoot sync of candidate {} failed (attempt {}): {}; retrying at {}", candidateId, attempts, error,
					retryAt);
			return false;
		}
	}

	private Duration backoff(UUID candidateId, Exception failure) {
		if (failure instanceof RestClientResponseException response
				&& response.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
			String retryAfter = (response.getResponseHeaders() != null)
					? response.getResponseHeaders().getFirst("Retry-After") : null;
			if (retryAfter != null && retryAfter.trim().matches("\\d{1,5}")) {
				return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
			}
		}
		int failedBefore = this.records.attempts(candidateId);
		Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failedBefore, 10));
		return (delay.compareTo(LAST_RETRY) > 0) ? LAST_RETRY : delay;
	}

	/** The failure without response bodies or URLs, which may carry personal data. */
	private static String describe(Exception failure) {
		if (failure instanceof RestClientResponseException response) {
			return "Chatwoot answered " + response.getStatusCode().value();
		}
		return failure.getClass().getSimpleName();
	}

	@Override
	public void start() {
		if (!this.settings.configured()) {
			log.info("Chatwoot CRM sync is off (skipped): CHATWOOT_BASE_URL and friends are not set");
			return;
		}
		if (this.settings.syncInterval().isZero()) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "chatwoot-mirror");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.settings.syncInterval().toMillis();
		// the first pass at once: it checks the set-up, so health tells what is wrong right after the start
		this.scheduler.scheduleWithFixedDelay(this::relaySafely, 0, interval, TimeUnit.MILLISECONDS);
	}

	private void relaySafely() {
		try {
			this.setup.checkIfStale();
			relayOnce();
		}
		catch (RuntimeException ex) {
			// the database may be briefly away; the next pass tries again
			log.warn("Chatwoot mirror pass failed: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
