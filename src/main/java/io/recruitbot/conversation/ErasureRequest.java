package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.candidate.ErasureReason;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The candidate asked to be forgotten (or declined consent). The node only decides and words the confirmation: the
 * erasure itself runs after the graph has written its last checkpoint (see {@link ScreeningEngine}), so that the
 * checkpoint thread deleted on {@code CandidateErased} is not written again afterwards.
 */
@Component
class ErasureRequest implements NodeAction<ScreeningState> {

	private final ScreeningScript script;

	ErasureRequest(ScreeningScript script) {
		this.script = script;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		if (state.erasure().isPresent()) {
			return Map.of();
		}
		return new ScreeningState.Update().put(ScreeningState.ERASURE, ErasureReason.CANDIDATE_REQUEST.name())
			.put(ScreeningState.AWAITING_FIELD, null)
			.reply(state, Reply.text(this.script.erased()))
			.toMap();
	}

}
