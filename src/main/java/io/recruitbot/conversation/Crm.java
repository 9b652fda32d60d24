package io.recruitbot.conversation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.intake.ClaimFence;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.action.NodeActionWithConfig;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CRM agent: tells the CRM module what happened, as application events ({@link CandidateQualified},
 * {@link HandoffToRecruiter}, ...). No HTTP in the graph: the event publication registry keeps the events until the
 * CRM module has handled them. Published once per message, even when the step runs again after a crash, and only
 * while the worker still holds its claim on the message.
 */
@Component
class Crm implements NodeActionWithConfig<ScreeningState> {

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ScreeningProgress progress;

	Crm(TransactionTemplate transaction, ApplicationEventPublisher events, ScreeningProgress progress) {
		this.transaction = transaction;
		this.events = events;
		this.progress = progress;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state, RunnableConfig config) {
		if (!state.events().isEmpty()) {
			ClaimFence claim = ScreeningEngine.claimOf(config);
			this.transaction.executeWithoutResult((status) -> publish(state, claim));
		}
		return Map.of();
	}

	private void publish(ScreeningState state, ClaimFence claim) {
		claim.hold();
		if (!this.progress.firstTime(state.candidateId(), ScreeningProgress.CRM, state.messageId(), claim)) {
			return;
		}
		state.events().forEach((event) -> this.events.publishEvent(toEvent(state.candidateId(), event)));
	}

	@SuppressWarnings("unchecked")
	private static Object toEvent(UUID candidateId, Map<String, Object> event) {
		CandidateStatus type = CandidateStatus.valueOf((String) event.get("type"));
		return switch (type) {
			case QUALIFIED -> new CandidateQualified(candidateId, List.copyOf((List<String>) event.get("vacancyIds")));
			case NOT_QUALIFIED -> new CandidateNotQualified(candidateId);
			case HANDED_OFF -> new HandoffToRecruiter(candidateId, (String) event.get("reason"));
			case OPTED_OUT -> new CandidateOptedOut(candidateId);
			default -> throw new IllegalStateException("No CRM event for " + type);
		};
	}

}
