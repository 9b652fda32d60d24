package io.recruitbot.conversation.checkpoint;

import java.util.UUID;

import org.bsc.langgraph4j.RunnableConfig;

/**
 * The workflow keeps one checkpoint thread per candidate, named by the candidate's id, so that erasing a candidate
 * finds their conversation state.
 */
public final class CandidateThreads {

	private CandidateThreads() {
	}

	public static String threadIdOf(UUID candidateId) {
		return candidateId.toString();
	}

	/** The run configuration of the candidate's conversation, resuming from its latest checkpoint. */
	public static RunnableConfig configFor(UUID candidateId) {
		return RunnableConfig.builder().threadId(threadIdOf(candidateId)).build();
	}

}
