package io.recruitbot.console;

import io.recruitbot.candidate.CandidateStatusChanged;
import io.recruitbot.candidate.TranscriptMessageRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open console pages of a new status or message, once it is committed (a page reading it sooner would not
 * see it). A plain listener on purpose, not a durable {@code @ApplicationModuleListener}: a push that misses a
 * restart has nobody to reach anyway, and messages are too frequent to register each publication.
 */
@Component
class CandidateActivity {

	private final LiveUpdates updates;

	CandidateActivity(LiveUpdates updates) {
		this.updates = updates;
	}

	@EventListener
	void on(CandidateStatusChanged changed) {
		afterCommit(new LiveUpdate("status", changed.candidateId(), changed.status().name()));
	}

	@EventListener
	void on(TranscriptMessageRecorded recorded) {
		afterCommit(new LiveUpdate("message", recorded.candidateId(), null));
	}

	private void afterCommit(LiveUpdate update) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.updates.push(update);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				CandidateActivity.this.updates.push(update);
			}
		});
	}

}
