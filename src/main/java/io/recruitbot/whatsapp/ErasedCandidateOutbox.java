package io.recruitbot.whatsapp;

import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.ErasureReason;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Forgets what was queued for an erased candidate's number. Jobs linked to the candidate went with the candidate row
 * (cascade); these are the ones written before the number became a candidate, or for it without a link.
 */
@Component
class ErasedCandidateOutbox {

	private final OutboxJobs jobs;

	ErasedCandidateOutbox(OutboxJobs jobs) {
		this.jobs = jobs;
	}

	@ApplicationModuleListener
	void on(CandidateErased erased) {
		// an erasure asked for in the conversation is confirmed there, by the one unattached message to the number
		if (erased.phone() != null && erased.reason() == ErasureReason.ADMIN_REQUEST) {
			this.jobs.forgetUnattached(erased.phone());
		}
	}

}
