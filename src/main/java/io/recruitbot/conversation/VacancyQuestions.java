package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.VacancyAnswers;
import io.recruitbot.conversation.understanding.VacancyQuestion;
import io.recruitbot.conversation.understanding.VacancyTopic;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * Answers a question about a vacancy in the middle of anything, then resumes the screening where it was: the
 * pending question is asked again (or, for a first message, the bot introduces itself and asks for consent).
 */
@Component
class VacancyQuestions implements NodeAction<ScreeningState> {

	private final VacancyAnswers answerer;

	private final VacancyRepository vacancies;

	private final Conversation conversation;

	private final ScreeningScript script;

	VacancyQuestions(VacancyAnswers answerer, VacancyRepository vacancies, Conversation conversation,
			ScreeningScript script) {
		this.answerer = answerer;
		this.vacancies = vacancies;
		this.conversation = conversation;
		this.script = script;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		Map<String, Object> asked = state.vacancyQuestion().orElse(Map.of());
		VacancyQuestion question = new VacancyQuestion(
				VacancyTopic.valueOf((String) asked.getOrDefault("topic", VacancyTopic.GENERAL.name())),
				(String) asked.get("vacancyId"));
		ScreeningState.Update update = new ScreeningState.Update()
			.reply(state, Reply.text(this.answerer.answer(question, this.vacancies.findActive())));
		if (!state.hasConsent()) {
			return state.introduced() ? update.reply(state, this.script.consentAgain()).toMap()
					: update.put(ScreeningState.INTRODUCED, true)
						.reply(state, this.script.introductionAndConsent(state))
						.toMap();
		}
		String lead = Conversation.isScreened(state.status()) ? "" : this.script.backToScreening();
		if (lead.isEmpty()) {
			return update.toMap();
		}
		return this.conversation.screen(state, state.profile(), state.status(), update, lead).toMap();
	}

}
