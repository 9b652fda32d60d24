package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.conversation.understanding.Intent;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The extraction agent: merges what the message told about the candidate into the profile, wherever in the
 * conversation it was said. A value given again is a correction and replaces the old one.
 */
@Component
class Extraction implements NodeAction<ScreeningState> {

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		return new ScreeningState.Update()
			.put(ScreeningState.PROFILE, CandidateProfile.merge(state.profile(), state.facts()))
			.toMap();
	}

	/** A question about a vacancy is answered first; everything else goes on with the screening. */
	static String route(ScreeningState state) {
		return (state.intent().orElse(Intent.SMALLTALK) == Intent.VACANCY_QUESTION) ? ScreeningGraph.VACANCY_QUESTION
				: ScreeningGraph.CONVERSATION;
	}

}
