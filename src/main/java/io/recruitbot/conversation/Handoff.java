package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.candidate.CandidateStatus;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/** The candidate wants a person: a recruiter takes over and the bot stays quiet until it is handed back. */
@Component
class Handoff implements NodeAction<ScreeningState> {

	private final ScreeningScript script;

	Handoff(ScreeningScript script) {
		this.script = script;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		return new ScreeningState.Update().put(ScreeningState.STATUS, CandidateStatus.HANDED_OFF.name())
			.event(state, Map.of("type", CandidateStatus.HANDED_OFF.name(), "reason", "candidate asked for a person"))
			.reply(state, Reply.text(this.script.text(state, "handoff.confirmed")))
			.toMap();
	}

}
