package io.recruitbot.conversation;

import java.util.List;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.VacancyQuestion;

/** Answers a candidate's question about vacancies (salary, hours, place, requirements) in a WhatsApp-sized text. */
interface VacancyAnswerer {

	String answer(VacancyQuestion question, List<Vacancy> vacancies);

}
