package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.conversation.checkpoint.CandidateThreads;
import io.recruitbot.conversation.checkpoint.ErasedCandidateCheckpoints;
import io.recruitbot.conversation.checkpoint.RunCheckpoints;
import io.recruitbot.intake.ClaimFence;
import io.recruitbot.intake.ConversationEngine;
import io.recruitbot.intake.InboundMessage;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphInput;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.bsc.langgraph4j.checkpoint.MemorySaver;
import org.bsc.langgraph4j.state.StateSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import static org.bsc.langgraph4j.StateGraph.END;

/**
 * Handles each inbound message with the screening graph, on the checkpoint thread of its candidate (the candidate
 * id), writing one checkpoint per message ({@link RunCheckpoints}). Safe to call again for the same message: a message
 * the graph finished is skipped, one whose run failed is resumed at the node that failed. The inbox claim rides along in the run's config (not in the checkpointed state),
 * for the nodes that write side effects.
 */
@Service
class ScreeningEngine implements ConversationEngine {

	private static final Logger log = LoggerFactory.getLogger(ScreeningEngine.class);

	private static final String CLAIM = "recruitbot.claim";

	private final CompiledGraph<ScreeningState> graph;

	private final RunCheckpoints checkpoints;

	private final ConversationErasure erasure;

	private final CandidateRepository candidates;

	private final ObjectProvider<ErasedCandidateCheckpoints> erasedCheckpoints;

	ScreeningEngine(ScreeningGraph graph, ObjectProvider<BaseCheckpointSaver> checkpoints,
			ConversationErasure erasure, CandidateRepository candidates,
			ObjectProvider<ErasedCandidateCheckpoints> erasedCheckpoints) throws GraphStateException {
		this.checkpoints = new RunCheckpoints(checkpoints.getIfAvailable(() -> {
			log.warn("No checkpoint store configured: conversation state is kept in memory only");
			return new MemorySaver();
		}));
		this.graph = graph.compile(this.checkpoints);
		this.erasure = erasure;
		this.candidates = candidates;
		this.erasedCheckpoints = erasedCheckpoints;
	}

	/**
	 * Runs the message; when the candidate was erased while it ran (the worker held the message as the erasure
	 * committed), what the run wrote to the checkpoints is deleted again, whether the run ended or failed.
	 */
	@Override
	public void handle(InboundMessage message, Candidate candidate, ClaimFence claim) {
		try {
			run(message, candidate, claim);
		}
		finally {
			if (!this.candidates.exists(candidate.id())) {
				this.erasedCheckpoints.ifAvailable((checkpoints) -> checkpoints.forget(candidate.id()));
			}
		}
	}

	private void run(InboundMessage message, Candidate candidate, ClaimFence claim) {
		RunnableConfig thread = RunnableConfig.builder(thread(candidate.id())).addMetadata(CLAIM, claim).build();
		ScreeningState handled = this.checkpoints.run(thread, () -> handle(message, candidate, thread));
		handled.erasure().ifPresent((reason) -> this.erasure.erase(handled, reason));
	}

	private ScreeningState handle(InboundMessage message, Candidate candidate, RunnableConfig thread) {
		Optional<StateSnapshot<ScreeningState>> last = this.graph.stateOf(thread)
			.filter((snapshot) -> snapshot.state().messageId().equals(message.providerMessageId()));
		if (last.isEmpty()) {
			return this.graph.invoke(GraphInput.args(input(message, candidate)), thread).orElseThrow();
		}
		if (END.equals(last.get().next())) {
			// the log line's correlation id names the message (the provider's id would carry the sender's number)
			log.debug("The message was handled before");
			return last.get().state();
		}
		log.info("Resuming the message at {}", last.get().next());
		return this.graph.invoke(GraphInput.resume(), thread).orElseThrow();
	}

	/** The checkpointed state of a candidate's conversation, for support. */
	Optional<Map<String, Object>> state(UUID candidateId) {
		return this.graph.stateOf(thread(candidateId)).map((snapshot) -> {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("candidateId", candidateId.toString());
			view.put("next", snapshot.next());
			view.put("state", snapshot.state().data());
			return view;
		});
	}

	/** The claim on the message a run handles, as {@link #handle} put it in the run's config. */
	static ClaimFence claimOf(RunnableConfig config) {
		return config.metadata(CLAIM)
			.map(ClaimFence.class::cast)
			.orElseThrow(() -> new IllegalStateException("A message is handled under its inbox claim"));
	}

	private static RunnableConfig thread(UUID candidateId) {
		return CandidateThreads.configFor(candidateId);
	}

	/** The message, and the profile as stored (the truth: a recruiter may have changed the status meanwhile). */
	private static Map<String, Object> input(InboundMessage message, Candidate candidate) {
		ScreeningState.Update input = new ScreeningState.Update().put(ScreeningState.CANDIDATE_ID,
				candidate.id().toString())
			.put(ScreeningState.PHONE, candidate.phone())
			.put(ScreeningState.PROFILE_NAME, candidate.profileName())
			.put(ScreeningState.PROFILE, candidate.profile())
			.put(ScreeningState.CONSENT_AT, (candidate.consentAt() != null) ? candidate.consentAt().toString() : null)
			.put(ScreeningState.MATCHED_VACANCY_IDS, new ArrayList<>(candidate.matchedVacancyIds()))
			.put(ScreeningState.STATUS, candidate.status().name())
			.put(ScreeningState.STORED_STATUS, candidate.status().name())
			.put(ScreeningState.STORED_LANGUAGE, candidate.language())
			.put(ScreeningState.MESSAGE_ID, message.providerMessageId())
			.put(ScreeningState.MESSAGE_TYPE, message.type().name())
			.put(ScreeningState.TEXT, (message.text() != null) ? message.text() : "")
			.put(ScreeningState.INTENT, null)
			.put(ScreeningState.FACTS, new LinkedHashMap<>())
			.put(ScreeningState.VACANCY_QUESTION, null)
			.put(ScreeningState.REPLIES, new ArrayList<>())
			.put(ScreeningState.EVENTS, new ArrayList<>())
			.put(ScreeningState.CONSENT_GIVEN, false)
			.put(ScreeningState.ERASURE, null)
			.put(ScreeningState.MESSAGE_LANGUAGE, null)
			.put(ScreeningState.CORRECTION, false)
			.put(ScreeningState.AGREEMENT, null)
			.put(ScreeningState.CHANGES, new ArrayList<>())
			.put(ScreeningState.QUESTIONS_FOR_RECRUITER, new ArrayList<>());
		return input.toMap();
	}

}
