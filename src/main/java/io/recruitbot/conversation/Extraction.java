package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.conversation.understanding.Corrections;
import io.recruitbot.conversation.understanding.Intent;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The extraction agent: merges what the message told about the candidate into the profile, wherever in the
 * conversation it was said. A known value is replaced only by the answer to its question or by a clear correction
 * ({@link CandidateProfile#accepted}); the facts left in the state are the ones taken, so the conversation reacts to
 * those alone.
 */
@Component
class Extraction implements NodeAction<ScreeningState> {

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		Map<String, Object> accepted = CandidateProfile.accepted(state.profile(), state.facts(),
				state.awaitingField().orElse(null), Corrections.isCorrection(state.text()));
		return new ScreeningState.Update().put(ScreeningState.PROFILE, CandidateProfile.merge(state.profile(), accepted))
			.put(ScreeningState.FACTS, accepted)
			.toMap();
	}

	/** A question about a vacancy is answered first; everything else goes on with the screening. */
	static String route(ScreeningState state) {
		return (state.intent().orElse(Intent.SMALLTALK) == Intent.VACANCY_QUESTION) ? ScreeningGraph.VACANCY_QUESTION
				: ScreeningGraph.CONVERSATION;
	}

}
