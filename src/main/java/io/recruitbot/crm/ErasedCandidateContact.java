package io.recruitbot.crm;

import io.recruitbot.candidate.CandidateErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erasure reaches Chatwoot: the candidate's contact (and with it their conversations there) is deleted, then what the
 * mirror remembered. A failing Chatwoot leaves the event unfinished, so it is retried on restart.
 */
@Component
class ErasedCandidateContact {

	private final ChatwootSettings settings;

	private final CrmRecords records;

	private final ChatwootClient chatwoot;

	ErasedCandidateContact(ChatwootSettings settings, CrmRecords records, ChatwootClient chatwoot) {
		this.settings = settings;
		this.records = records;
		this.chatwoot = chatwoot;
	}

	@ApplicationModuleListener
	void on(CandidateErased erased) {
		if (this.settings.configured()) {
			this.records.contactOf(erased.candidateId())
				.or(() -> this.chatwoot.findContactByPhone("+" + erased.phone()).map(ChatwootClient.Contact::id))
				.ifPresent(this.chatwoot::deleteContact);
		}
		this.records.forget(erased.candidateId());
	}

}
