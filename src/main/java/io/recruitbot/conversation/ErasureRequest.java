package io.recruitbot.conversation;

import java.util.List;
import java.util.Map;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.ScreeningField;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The candidate asked to be forgotten: the bot asks for confirmation (yes/no buttons) and erases only on a clear yes;
 * anything else keeps the data and resumes the conversation at the question it had open. Whoever has the
 * conversation: while a recruiter has it or the candidate opted out, the bot confirms the request and its outcome and
 * says nothing more. The node only decides and words the confirmation: the erasure itself runs after the graph has
 * written its last checkpoint (see {@link ScreeningEngine}), so that the checkpoint thread deleted on
 * {@code CandidateErased} is not written again afterwards.
 */
@Component
class ErasureRequest implements NodeAction<ScreeningState> {

	/** The route to the end of the graph: the engine erases once the last checkpoint is written. */
	static final String ERASE = "erase";

	private final ScreeningScript script;

	private final Conversation conversation;

	ErasureRequest(ScreeningScript script, Conversation conversation) {
		this.script = script;
		this.conversation = conversation;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		if (state.erasure().isPresent()) {
			return Map.of();
		}
		ScreeningState.Update update = new ScreeningState.Update();
		if (state.awaitingField().orElse(null) != ScreeningField.ERASURE_CONFIRMATION) {
			return update.put(ScreeningState.RESUME_FIELD, state.awaitingField().map(ScreeningField::fieldName).orElse(null))
				.reply(state, this.script.erasureConfirmation(state))
				.toMap();
		}
		if (state.agreement().orElse(false)) {
			return update.put(ScreeningState.ERASURE, ErasureReason.CANDIDATE_REQUEST.name())
				.put(ScreeningState.AWAITING_FIELD, null)
				.reply(state, Reply.text(this.script.text(state, "erasure.done")))
				.toMap();
		}
		update.put(ScreeningState.AWAITING_FIELD, state.resumeField().map(ScreeningField::fieldName).orElse(null))
			.put(ScreeningState.RESUME_FIELD, null);
		String kept = this.script.text(state, "erasure.kept");
		CandidateStatus status = state.status();
		if (status == CandidateStatus.HANDED_OFF || status == CandidateStatus.OPTED_OUT
				|| state.resumeField().isEmpty() && Conversation.isScreened(status)) {
			return update.reply(state, Reply.text(kept)).toMap();
		}
		// the "no" answered the confirmation, nothing else: it must not read as a declined consent or as an answer
		ScreeningState.Update resumed = new ScreeningState.Update().merge(update)
			.put(ScreeningState.AGREEMENT, null)
			.put(ScreeningState.FACTS, Map.of())
			.put(ScreeningState.CHANGES, List.of())
			.put(ScreeningState.INTENT, Intent.SMALLTALK.name());
		return this.conversation.resume(state.with(resumed), resumed, kept).toMap();
	}

	/** Erase once the graph ends, or write the replies. */
	static String route(ScreeningState state) {
		return state.erasure().isPresent() ? ERASE : ScreeningGraph.REPLY;
	}

}
