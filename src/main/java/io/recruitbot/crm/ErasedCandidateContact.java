package io.recruitbot.crm;

import java.time.Clock;

import io.recruitbot.candidate.CandidateErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erasure reaches Chatwoot: the duty to delete the candidate's contact (and with it their conversations, messages and
 * attributes there) is recorded in the listener's transaction and tried at once; what fails is retried with backoff by
 * {@link ChatwootErasures} until Chatwoot has done it, visible in health and among the dead letters meanwhile.
 */
@Component
class ErasedCandidateContact {

	private final ChatwootSettings settings;

	private final CrmRecords records;

	private final ChatwootErasures erasures;

	private final Clock clock;

	ErasedCandidateContact(ChatwootSettings settings, CrmRecords records, ChatwootErasures erasures, Clock clock) {
		this.settings = settings;
		this.records = records;
		this.erasures = erasures;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CandidateErased erased) {
		if (!this.settings.configured()) {
			this.records.forget(erased.candidateId());
			return;
		}
		this.records.erasureRequested(erased.candidateId(), this.records.contactOf(erased.candidateId()).orElse(null),
				erased.phone(), this.clock.instant());
		this.erasures.eraseDue();
	}

}
