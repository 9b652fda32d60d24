package io.recruitbot.crm;

import io.recruitbot.candidate.CandidateHandedBack;
import io.recruitbot.candidate.CandidateHandedOff;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears of every status change of a candidate (qualified, screened out, handed off and back, opted out and in): the
 * conversation records who handles it now, and the mirror relay's next pass brings the status label, the attributes
 * and a private note to Chatwoot. The relay is told, not left to find out by comparing rows.
 */
@Component
class CandidateStatusInChatwoot {

	private final CrmRecords records;

	private final CandidateRepository candidates;

	CandidateStatusInChatwoot(CrmRecords records, CandidateRepository candidates) {
		this.records = records;
		this.candidates = candidates;
	}

	@ApplicationModuleListener
	void on(CandidateStatusChanged changed) {
		if (this.candidates.findById(changed.candidateId()).isEmpty()) {
			return; // erased since: the erasure listener deletes what the mirror kept
		}
		this.records.statusChanged(changed.candidateId(), changed.at());
		if (changed instanceof CandidateHandedOff) {
			this.records.handledBy(changed.candidateId(), "HUMAN", changed.at());
		}
		else if (changed instanceof CandidateHandedBack) {
			this.records.handledBy(changed.candidateId(), "BOT", changed.at());
		}
	}

}
