package io.recruitbot.conversation.checkpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the SQL checkpoints of conversations idle longer than the retention ({@code CONVERSATION_RETENTION_DAYS});
 * Redis does the same by itself through key expiry.
 */
class IdleConversationCleanup {

	private static final Logger log = LoggerFactory.getLogger(IdleConversationCleanup.class);

	private final CheckpointStore checkpoints;

	IdleConversationCleanup(CheckpointStore checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void deleteIdleConversations() {
		int deleted = this.checkpoints.deleteIdleConversations();
		if (deleted > 0) {
			log.info("Deleted {} checkpoints of idle conversations", deleted);
		}
	}

}
