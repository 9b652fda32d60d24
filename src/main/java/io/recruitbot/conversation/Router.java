package io.recruitbot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.intake.InboundType;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The router agent: reads what the candidate wants, in the context of the question the bot asked last, and which
 * language they write in (the bot's language follows them, see {@link SpokenLanguage}).
 */
@Component
class Router implements NodeAction<ScreeningState> {

	private final MessageReader reader;

	private final VacancyRepository vacancies;

	private final ReplyButtons buttons;

	private final ReadingContexts contexts;

	Router(MessageReader reader, VacancyRepository vacancies, ReplyButtons buttons, ReadingContexts contexts) {
		this.reader = reader;
		this.vacancies = vacancies;
		this.buttons = buttons;
		this.contexts = contexts;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		MessageReading reading = (InboundType.UNSUPPORTED.name().equals(state.messageType()) || state.text().isBlank())
				? new MessageReading(Intent.SMALLTALK, ProfileFacts.NONE, null)
				: this.reader.read(state.text(), state.awaitingField().orElse(null), this.vacancies.findActive(),
						this.contexts.of(state));
		ScreeningState.Update update = read(reading, agreement(state, reading));
		return update.merge(SpokenLanguage.after(state.with(update))).toMap();
	}

	/** The answer to a yes/no question the bot asked: the reading's clear yes or no, or a tapped reply button. */
	private Boolean agreement(ScreeningState state, MessageReading reading) {
		ScreeningField awaiting = state.awaitingField().orElse(null);
		if (reading.agreement() != null
				|| (awaiting != ScreeningField.CONSENT && awaiting != ScreeningField.ERASURE_CONFIRMATION)) {
			return reading.agreement();
		}
		return this.buttons.answer(state.text(), awaiting).orElse(null);
	}

	private static ScreeningState.Update read(MessageReading reading, Boolean agreement) {
		ScreeningState.Update update = new ScreeningState.Update().put(ScreeningState.INTENT, reading.intent().name())
			.put(ScreeningState.FACTS, CandidateProfile.facts((reading.facts() != null) ? reading.facts()
					: ProfileFacts.NONE))
			.put(ScreeningState.MESSAGE_LANGUAGE, reading.language())
			.put(ScreeningState.CORRECTION, reading.correction())
			.put(ScreeningState.AGREEMENT, agreement);
		if (reading.question() != null) {
			Map<String, Object> question = new LinkedHashMap<>();
			question.put("topic", reading.question().topic().name());
			question.put("vacancyId", reading.question().vacancyId());
			update.put(ScreeningState.VACANCY_QUESTION, question);
		}
		return update;
	}

	/**
	 * Where the message goes next. STOP and erasure requests (and the answer to the erasure confirmation) are honoured
	 * whoever has the conversation; while the candidate opted out (until START) or a recruiter has the conversation,
	 * the bot stays quiet otherwise; a shortlisted or rejected candidate is handed to a person.
	 */
	static String route(ScreeningState state) {
		Intent intent = state.intent().orElse(Intent.SMALLTALK);
		CandidateStatus status = state.status();
		boolean confirmingErasure = state.awaitingField().orElse(null) == ScreeningField.ERASURE_CONFIRMATION;
		if (intent == Intent.ERASE_DATA || (confirmingErasure && intent != Intent.OPT_OUT)) {
			return ScreeningGraph.ERASURE;
		}
		if (status == CandidateStatus.OPTED_OUT) {
			return (intent == Intent.OPT_IN) ? ScreeningGraph.EXTRACTION : ScreeningGraph.QUIET;
		}
		if (intent == Intent.OPT_OUT) {
			return ScreeningGraph.OPT_OUT;
		}
		if (status == CandidateStatus.HANDED_OFF) {
			return ScreeningGraph.QUIET;
		}
		if (intent == Intent.WANTS_HUMAN || status == CandidateStatus.SHORTLISTED
				|| status == CandidateStatus.REJECTED) {
			// a recruiter decided on the candidate: they are not screened again, and what they write goes to a person
			return ScreeningGraph.HANDOFF;
		}
		return ScreeningGraph.EXTRACTION;
	}

}
