package io.recruitbot.intake;

import io.recruitbot.candidate.CandidateErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased candidate's inbox rows: they hold everything the candidate wrote. Synchronous, inside the
 * erasure's transaction, so the erasure and this deletion commit together or not at all; a worker still holding one
 * of these messages finds its row gone.
 */
@Component
class InboxErasure {

	private static final Logger log = LoggerFactory.getLogger(InboxErasure.class);

	private final Inbox inbox;

	InboxErasure(Inbox inbox) {
		this.inbox = inbox;
	}

	@EventListener
	void on(CandidateErased erased) {
		int deleted = this.inbox.forget(erased.phone());
		log.info("Erased {} inbox messages of candidate {}", deleted, erased.candidateId());
	}

}
