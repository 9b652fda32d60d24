package io.recruitbot.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.DecisionReason;
import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.intake.ClaimFence;
import io.recruitbot.whatsapp.Outbox;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.action.NodeActionWithConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the agents decided, in one transaction: the answers, the lifecycle transitions (consent starts
 * screening, the outcome qualifies or screens out, STOP, START, asking for a person) and the replies into the outbox.
 * The candidate module publishes an event for each transition, in this transaction, so the events too are published
 * only while the worker holds its claim on the message. A recruiter who took the conversation over while the message
 * was in the graph wins: the answers are kept, but the bot neither moves the status nor says anything (only a STOP is
 * still honoured and confirmed). A message whose effects were already written (a re-run after a crash), or that comes
 * before one already written, writes nothing; nor does a worker that lost its claim on the message.
 */
@Component
class Replies implements NodeActionWithConfig<ScreeningState> {

	static final String CONSENT_PURPOSE = "recruitment screening";

	private static final Logger log = LoggerFactory.getLogger(Replies.class);

	private final TransactionTemplate transaction;

	private final Candidates candidates;

	private final Outbox outbox;

	private final ScreeningProgress progress;

	Replies(TransactionTemplate transaction, Candidates candidates, Outbox outbox, ScreeningProgress progress) {
		this.transaction = transaction;
		this.candidates = candidates;
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
		UUID id = state.candidateId();
		if (!this.progress.firstTime(id, ScreeningProgress.REPLY, state.messageId(), claim)) {
			return;
		}
		// from this write on the candidate's row is locked: no take-over can land between the check and the transitions
		Optional<CandidateStatus> stored = this.candidates.recordAnswers(id, state.answers());
		if (stored.isEmpty()) {
			return; // erased while the message was in the graph
		}
		if (!state.language().equals(state.storedLanguage().orElse(null))) {
			this.candidates.speaksIn(id, state.language());
		}
		boolean optingOut = transitions(state).stream().anyMatch((t) -> t.type() == CandidateStatus.OPTED_OUT);
		if (state.storedStatus().filter((read) -> read != stored.get()).isPresent() && !optingOut) {
			log.info("Candidate {} was taken over while message {} was handled; the bot stays quiet", id,
					state.messageId());
			return;
		}
		if (stored.get() == CandidateStatus.OPTED_OUT && state.status() != CandidateStatus.OPTED_OUT) {
			this.candidates.optIn(id);
		}
		if (state.consentGiven()) {
			this.candidates.startScreening(id, Instant.parse(state.consentAt().orElseThrow()), CONSENT_PURPOSE,
					state.messageId());
		}
		if (state.hasConsent()) {
			state.questionsForRecruiter()
				.forEach((question) -> this.candidates.keepQuestionForRecruiter(id, (String) question.get("text"),
						Instant.parse((String) question.get("at"))));
		}
		transitions(state).forEach((transition) -> apply(id, transition));
		state.replies().forEach((reply) -> this.outbox.enqueue(Reply.fromMap(reply).toOutbound(id, state.phone())));
	}

	private void apply(UUID id, Transition transition) {
		switch (transition.type()) {
			case QUALIFIED -> this.candidates.qualify(id, transition.vacancyIds(), transition.reasons());
			case NOT_QUALIFIED -> this.candidates.screenOut(id, transition.reasons());
			case HANDED_OFF -> this.candidates.handOff(id, "candidate");
			case OPTED_OUT -> this.candidates.optOut(id);
			default -> throw new IllegalStateException("The workflow decides no " + transition.type());
		}
	}

	private static List<Transition> transitions(ScreeningState state) {
		return state.events().stream().map(Transition::of).toList();
	}

	/**
	 * A transition a node decided, as the state keeps it: {@code {"type": status, "vacancyIds": [...], "reasons":
	 * [{"vacancyId", "rule", "detail"}]}}.
	 */
	record Transition(CandidateStatus type, List<String> vacancyIds, List<DecisionReason> reasons) {

		@SuppressWarnings("unchecked")
		static Transition of(Map<String, Object> decided) {
			Object vacancyIds = decided.get("vacancyIds");
			Object reasons = decided.get("reasons");
			return new Transition(CandidateStatus.valueOf((String) decided.get("type")),
					(vacancyIds instanceof List<?> ids) ? List.copyOf((List<String>) ids) : List.of(),
					(reasons instanceof List<?> list) ? ((List<Map<String, Object>>) list).stream()
						.map(Transition::reason)
						.toList() : List.of());
		}

		/** The reasons as the checkpointed state keeps them: plain maps. */
		static List<Map<String, Object>> reasons(List<DecisionReason> reasons) {
			return reasons.stream().map((reason) -> {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("vacancyId", reason.vacancyId());
				map.put("rule", reason.rule().name());
				map.put("detail", reason.detail());
				return map;
			}).toList();
		}

		private static DecisionReason reason(Map<String, Object> map) {
			return new DecisionReason((String) map.get("vacancyId"), DecisionRule.valueOf((String) map.get("rule")),
					(String) map.get("detail"));
		}

	}

}
