package io.recruitbot.conversation.checkpoint;

import io.recruitbot.candidate.CandidateErased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An erased candidate's conversation state goes too: every checkpoint of their thread, in whichever store is active. */
@Component
class ErasedCandidateCheckpoints {

	private final CheckpointStore checkpoints;

	ErasedCandidateCheckpoints(CheckpointStore checkpoints) {
		this.checkpoints = checkpoints;
	}

	@ApplicationModuleListener
	void on(CandidateErased erased) {
		this.checkpoints.deleteThread(CandidateThreads.threadIdOf(erased.candidateId()));
	}

}
