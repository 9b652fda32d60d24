package io.recruitbot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.intake.InboundType;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/** The router agent: reads what the candidate wants, in the context of the question the bot asked last. */
@Component
class Router implements NodeAction<ScreeningState> {

	private final MessageReader reader;

	private final VacancyRepository vacancies;

	private final ReadingContexts contexts;

	Router(MessageReader reader, VacancyRepository vacancies, ReadingContexts contexts) {
		this.reader = reader;
		this.vacancies = vacancies;
		this.contexts = contexts;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		if (InboundType.UNSUPPORTED.name().equals(state.messageType()) || state.text().isBlank()) {
			return read(new MessageReading(Intent.SMALLTALK, ProfileFacts.NONE, null));
		}
		return read(this.reader.read(state.text(), state.awaitingField().orElse(null), this.vacancies.findActive(),
				this.contexts.of(state)));
	}

	private static Map<String, Object> read(MessageReading reading) {
		ScreeningState.Update update = new ScreeningState.Update().put(ScreeningState.INTENT, reading.intent().name())
			.put(ScreeningState.FACTS, CandidateProfile.facts((reading.facts() != null) ? reading.facts()
					: ProfileFacts.NONE));
		if (reading.question() != null) {
			Map<String, Object> question = new LinkedHashMap<>();
			question.put("topic", reading.question().topic().name());
			question.put("vacancyId", reading.question().vacancyId());
			update.put(ScreeningState.VACANCY_QUESTION, question);
		}
		return update.toMap();
	}

	/**
	 * Where the message goes next. STOP and erasure requests are honoured whoever has the conversation; while the
	 * candidate opted out (until START) or a recruiter has the conversation, the bot stays quiet.
	 */
	static String route(ScreeningState state) {
		Intent intent = state.intent().orElse(Intent.SMALLTALK);
		CandidateStatus status = state.status();
		if (intent == Intent.ERASE_DATA) {
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
		if (intent == Intent.WANTS_HUMAN) {
			return ScreeningGraph.HANDOFF;
		}
		return ScreeningGraph.EXTRACTION;
	}

}
