package io.recruitbot.conversation;

import io.recruitbot.candidate.CandidateErasure;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.whatsapp.Outbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a candidate the conversation decided to forget and confirms it, in one transaction. The confirmation has no
 * candidate id: the candidate row is gone. {@code CandidateErased} makes the checkpoint store delete the thread.
 */
@Component
class ConversationErasure {

	static final String REQUESTED_VIA = "whatsapp";

	private final TransactionTemplate transaction;

	private final CandidateErasure erasure;

	private final CandidateRepository candidates;

	private final Outbox outbox;

	ConversationErasure(TransactionTemplate transaction, CandidateErasure erasure, CandidateRepository candidates,
			Outbox outbox) {
		this.transaction = transaction;
		this.erasure = erasure;
		this.candidates = candidates;
		this.outbox = outbox;
	}

	void erase(ScreeningState state, String reason) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.candidates.findById(state.candidateId()).isEmpty()) {
				return; // erased before the crash that brought this message back
			}
			this.erasure.erase(state.candidateId(), ErasureReason.valueOf(reason), REQUESTED_VIA);
			state.replies().forEach((reply) -> this.outbox.enqueue(Reply.fromMap(reply).toOutbound(null, state.phone())));
		});
	}

}
