package io.recruitbot.intake;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes processed inbox messages once no provider would redeliver them. Until then they are what recognises a
 * redelivery; after that the transcript is the record of what the candidate wrote.
 */
@Component
class InboxRetention {

	private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

	private final Inbox inbox;

	private final InboxSettings settings;

	private final Clock clock;

	InboxRetention(Inbox inbox, InboxSettings settings, Clock clock) {
		this.inbox = inbox;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	void pruneProcessedMessages() {
		int deleted = this.inbox.pruneProcessed(this.clock.instant().minus(this.settings.retention()));
		if (deleted > 0) {
			log.info("Deleted {} processed inbox messages older than {}", deleted, this.settings.retention());
		}
	}

}
