package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.candidate.CandidateStatus;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/** STOP and the like: one confirmation, then silence until the candidate writes START. */
@Component
class OptOut implements NodeAction<ScreeningState> {

	private final ScreeningScript script;

	OptOut(ScreeningScript script) {
		this.script = script;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		return new ScreeningState.Update().put(ScreeningState.STATUS_BEFORE_OPT_OUT, state.status().name())
			.put(ScreeningState.STATUS, CandidateStatus.OPTED_OUT.name())
			.event(state, Map.of("type", CandidateStatus.OPTED_OUT.name()))
			.reply(state, Reply.text(this.script.text(state, "opt-out.confirmed")))
			.toMap();
	}

}
