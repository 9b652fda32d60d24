package io.recruitbot.crm;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateHandedBack;
import io.recruitbot.candidate.CandidateHandedOff;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears of every status change of a candidate who consented (qualified, screened out, handed off and back, opted out
 * and in): the conversation records who handles it now, the relay's next pass brings the status label, the attributes
 * and a private note to Chatwoot, and a hand-off or hand-back made outside Chatwoot moves the conversation's status
 * there too. The relay is told, not left to find out by comparing rows. Before consent nothing goes to Chatwoot.
 * <p>
 * A plain listener, in the transaction of the transition: what it writes is this module's own outbox (the rows that
 * make the candidate due), so it commits with the status or not at all, and no event publication has to be registered
 * and completed for it. The calls to Chatwoot come later, from the relay.
 */
@Component
class CandidateStatusInChatwoot {

	private static final String BY_CHATWOOT = "chatwoot";

	private final CrmRecords records;

	private final CandidateRepository candidates;

	CandidateStatusInChatwoot(CrmRecords records, CandidateRepository candidates) {
		this.records = records;
		this.candidates = candidates;
	}

	@EventListener
	void on(CandidateStatusChanged changed) {
		Candidate candidate = this.candidates.findById(changed.candidateId()).orElse(null);
		if (candidate == null || candidate.consentAt() == null) {
			return; // erased since (the erasure listener deletes what the mirror kept), or never consented
		}
		this.records.statusChanged(changed.candidateId(), changed.at());
		if (changed instanceof CandidateHandedOff handedOff) {
			this.records.handledBy(changed.candidateId(), "HUMAN", changed.at());
			// a recruiter who took over in Chatwoot has the conversation in front of them; any other hand-off is the
			// bot's (or the console's) and goes to the team or agent configured for it
			this.records.conversationStatusDue(changed.candidateId(),
					BY_CHATWOOT.equals(handedOff.by()) ? ChatwootHandover.OPEN : ChatwootHandover.HAND_OVER);
		}
		else if (changed instanceof CandidateHandedBack handedBack) {
			this.records.handledBy(changed.candidateId(), "BOT", changed.at());
			if (!BY_CHATWOOT.equals(handedBack.by())) {
				this.records.conversationStatusDue(changed.candidateId(), ChatwootHandover.PENDING);
			}
		}
	}

}
