package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes delivery jobs that finished (sent or failed) more than 30 days ago. The transcript keeps what was said;
 * the job only carried the number and payload for delivery and for the sandbox outbox, and need not stay forever.
 */
@Component
class OutboxRetention {

	static final Duration KEEP = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	private final OutboxJobs jobs;

	private final Clock clock;

	OutboxRetention(OutboxJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
	void forgetFinishedJobs() {
		int deleted = this.jobs.forgetFinishedBefore(this.clock.instant().minus(KEEP));
		if (deleted > 0) {
			log.info("Deleted {} outbox jobs finished more than {} days ago", deleted, KEEP.toDays());
		}
	}

}
