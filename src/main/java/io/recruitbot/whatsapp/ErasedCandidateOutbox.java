package io.recruitbot.whatsapp;

import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.ErasureReason;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets what was queued for an erased candidate's number. Jobs linked to the candidate went with the candidate row
 * (cascade); these are the ones written before the number became a candidate, or for it without a link.
 * Synchronous, inside the erasure's transaction: nothing queued for the number survives a committed erasure.
 */
@Component
class ErasedCandidateOutbox {

	private final OutboxJobs jobs;

	ErasedCandidateOutbox(OutboxJobs jobs) {
		this.jobs = jobs;
	}

	@EventListener
	void on(CandidateErased erased) {
		// an erasure asked for in the conversation is confirmed there, by the one unattached message to the number
		if (erased.phone() != null && erased.reason() == ErasureReason.ADMIN_REQUEST) {
			this.jobs.forgetUnattached(erased.phone());
		}
	}

}
