package io.recruitbot.crm;

import java.util.UUID;

import io.recruitbot.candidate.CandidateQualified;
import io.recruitbot.candidate.CandidateTransitionRefused;
import io.recruitbot.candidate.Candidates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The conversation's status in Chatwoot follows who has it, as Chatwoot's Agent Bot convention wants: the bot's
 * conversations are {@code pending}, a hand-over toggles it to {@code open} (in the recruiters' Open view, assigned to
 * the configured team or agent), and a conversation a candidate's message reopened while the bot has them goes back to
 * {@code pending}. What is due is recorded with the candidate's sync row and done by the relay, never inside a webhook
 * or a listener's transaction.
 */
@Component
class ChatwootHandover {

	/** Toggle to {@code open} and assign: the bot hands over. */
	static final String HAND_OVER = "handover";

	/** Toggle to {@code open} only: a recruiter took the conversation and has it already. */
	static final String OPEN = "open";

	/** Toggle to {@code pending}: the bot has the conversation. */
	static final String PENDING = "pending";

	static final String BY_THE_BOT = "bot";

	private static final Logger log = LoggerFactory.getLogger(ChatwootHandover.class);

	private final ChatwootSettings settings;

	private final ChatwootHandoverSettings handover;

	private final CrmRecords records;

	private final ChatwootClient chatwoot;

	private final Candidates lifecycle;

	ChatwootHandover(ChatwootSettings settings, ChatwootHandoverSettings handover, CrmRecords records,
			ChatwootClient chatwoot, Candidates lifecycle) {
		this.settings = settings;
		this.handover = handover;
		this.records = records;
		this.chatwoot = chatwoot;
		this.lifecycle = lifecycle;
	}

	/** {@code CHATWOOT_HANDOFF_ON=qualified}: a qualified candidate goes to a recruiter at once. */
	@ApplicationModuleListener
	void on(CandidateQualified qualified) {
		if (!this.settings.configured() || !this.handover.handsOverQualified()) {
			return;
		}
		try {
			this.lifecycle.handOff(qualified.candidateId(), BY_THE_BOT);
			log.info("Qualified candidate {} handed over to the recruiters", qualified.candidateId());
		}
		catch (CandidateTransitionRefused ex) {
			// moved on meanwhile (a recruiter took over, or the candidate opted out): nothing to hand over
		}
	}

	/** Does what is due to the conversation's status; answers whether anything was. */
	boolean applyDueStatus(UUID candidateId, long conversationId) {
		String due = this.records.dueConversationStatus(candidateId).orElse(null);
		if (due == null) {
			return false;
		}
		this.chatwoot.toggleStatus(conversationId, HAND_OVER.equals(due) ? OPEN : due);
		if (HAND_OVER.equals(due)) {
			if (this.handover.handoffTeamId() != null) {
				this.chatwoot.assign(conversationId, "team_id", this.handover.handoffTeamId());
			}
			if (this.handover.handoffAssigneeId() != null) {
				this.chatwoot.assign(conversationId, "assignee_id", this.handover.handoffAssigneeId());
			}
		}
		this.records.conversationStatusSet(candidateId, due);
		return true;
	}

}
