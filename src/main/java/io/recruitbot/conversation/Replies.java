package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.candidate.CandidateRecords;
import io.recruitbot.intake.ClaimFence;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.whatsapp.Outbox;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.action.NodeActionWithConfig;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the agents decided, in one transaction: the candidate profile and status, the consent record, and the
 * replies into the outbox. A message whose effects were already written (a re-run after a crash), or that comes before
 * one already written, writes nothing; nor does a worker that lost its claim on the message.
 */
@Component
class Replies implements NodeActionWithConfig<ScreeningState> {

	static final String CONSENT_PURPOSE = "recruitment screening";

	private final TransactionTemplate transaction;

	private final CandidateRepository candidates;

	private final CandidateRecords records;

	private final Outbox outbox;

	private final ScreeningProgress progress;

	Replies(TransactionTemplate transaction, CandidateRepository candidates, CandidateRecords records, Outbox outbox,
			ScreeningProgress progress) {
		this.transaction = transaction;
		this.candidates = candidates;
		this.records = records;
		this.outbox = outbox;
		this.progress = progress;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state, RunnableConfig config) {
		ClaimFence claim = ScreeningEngine.claimOf(config);
		this.transaction.executeWithoutResult((status) -> write(state, claim));
		return Map.of();
	}

	private void write(ScreeningState state, ClaimFence claim) {
		claim.hold();
		if (!this.progress.firstTime(state.candidateId(), ScreeningProgress.REPLY, state.messageId(), claim)) {
			return;
		}
		this.candidates.update(CandidateProfile.of(state));
		if (state.consentGiven()) {
			this.records.recordConsent(state.candidateId(), CONSENT_PURPOSE, true, state.messageId());
		}
		state.replies()
			.forEach((reply) -> this.outbox.enqueue(Reply.fromMap(reply).toOutbound(state.candidateId(), state.phone())));
	}

}
