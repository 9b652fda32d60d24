package io.recruitbot.conversation;

import java.util.Map;
import java.util.Optional;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.VacancyTopic;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * Answers a question about a job in the middle of anything, also after the outcome: about the vacancy in play (the
 * one named in the question, else the one the candidate named or was matched to), or about all open vacancies when
 * none is. Then resumes where the conversation was: the open question again, or the consent question (for a first
 * message, the introduction).
 */
@Component
class VacancyQuestions implements NodeAction<ScreeningState> {

	private final JobAnswers answers;

	private final VacancyRepository vacancies;

	private final Conversation conversation;

	private final ScreeningScript script;

	VacancyQuestions(JobAnswers answers, VacancyRepository vacancies, Conversation conversation,
			ScreeningScript script) {
		this.answers = answers;
		this.vacancies = vacancies;
		this.conversation = conversation;
		this.script = script;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		Map<String, Object> asked = state.vacancyQuestion().orElse(Map.of());
		VacancyTopic topic = VacancyTopic.valueOf((String) asked.getOrDefault("topic", VacancyTopic.GENERAL.name()));
		Optional<String> about = Optional.ofNullable((String) asked.get("vacancyId")).or(state::vacancyInPlay);
		Vacancy inPlay = about.flatMap(this.vacancies::findById).filter((job) -> !Boolean.FALSE.equals(job.active()))
			.orElse(null);
		ScreeningState.Update update = new ScreeningState.Update()
			.reply(state, Reply.text(this.answers.answer(state, topic, inPlay, this.vacancies.findActive())));
		if (state.hasConsent() && Conversation.isScreened(state.status())) {
			return update.toMap();
		}
		String lead = state.hasConsent() ? this.script.text(state, "screening.back") : "";
		return this.conversation.resume(state.with(update), update, lead).toMap();
	}

}
