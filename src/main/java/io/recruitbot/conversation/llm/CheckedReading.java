package io.recruitbot.conversation.llm;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.VacancyQuestion;
import io.recruitbot.conversation.understanding.VacancyTopic;
import tools.jackson.databind.JsonNode;

/**
 * The model's reading made safe to use, field by field, with the offline reading beside it: a value that fails its
 * {@link FormFields} check is replaced by the offline reader's value for that field. What the model can never decide
 * alone: erasure and opt-out (they count only when the offline reader reads them too, and erasure is then still
 * confirmed by the candidate), consent and the yes or no to a confirmation (always the offline reading).
 */
final class CheckedReading {

	/** Intents that erase or silence: the offline reader must read them too. */
	private static final Set<Intent> NEEDS_OFFLINE_AGREEMENT = Set.of(Intent.ERASE_DATA, Intent.OPT_OUT, Intent.OPT_IN);

	private CheckedReading() {
	}

	static MessageReading of(JsonNode model, MessageReading offline, String message, List<Vacancy> vacancies,
			Cities cities) {
		Intent intent = intent(FormFields.oneOf(model.get("intent"), Intent.class), offline.intent());
		JsonNode facts = model.path("facts");
		ProfileFacts known = (offline.facts() != null) ? offline.facts() : ProfileFacts.NONE;
		ProfileFacts checked = new ProfileFacts(known.consent(),
				field(facts, "name", FormFields::name, known.name()),
				field(facts, "email", (value) -> FormFields.email(value, message), known.email()),
				field(facts, "city", (value) -> FormFields.city(value, cities), known.city()),
				field(facts, "desiredRole", (value) -> FormFields.text(value, 80, 8), known.desiredRole()),
				field(facts, "yearsExperience", (value) -> FormFields.number(value, 0, 60), known.yearsExperience()),
				field(facts, "availability", (value) -> FormFields.text(value, 160, 25), known.availability()),
				field(facts, "hoursPerWeek", (value) -> FormFields.wholeNumber(value, 1, 80), known.hoursPerWeek()),
				field(facts, "drivingLicense", FormFields::yesOrNo, known.drivingLicense()),
				field(facts, "workPermit", FormFields::yesOrNo, known.workPermit()),
				field(facts, "languages", FormFields::languages, known.languages()),
				field(facts, "salaryExpectation", (value) -> FormFields.text(value, 80, 12), known.salaryExpectation()));
		String language = FormFields.languageCode(model.get("language"));
		Boolean correction = FormFields.yesOrNo(model.get("correction"));
		return new MessageReading(intent, checked, question(intent, model.path("question"), offline, vacancies),
				(language != null) ? language : offline.language(),
				(correction != null) ? correction : offline.correction(), offline.agreement());
	}

	private static Intent intent(Intent model, Intent offline) {
		if (model == null || (NEEDS_OFFLINE_AGREEMENT.contains(model) && model != offline)) {
			return offline;
		}
		return model;
	}

	/** Absent or null: the model says the message does not state it. Present but failing its check: the offline value. */
	private static <T> T field(JsonNode facts, String name, Function<JsonNode, T> check, T offline) {
		JsonNode value = facts.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		T checked = check.apply(value);
		return (checked != null) ? checked : offline;
	}

	private static VacancyQuestion question(Intent intent, JsonNode asked, MessageReading offline,
			List<Vacancy> vacancies) {
		if (intent != Intent.VACANCY_QUESTION) {
			return null;
		}
		VacancyTopic topic = FormFields.oneOf(asked.get("topic"), VacancyTopic.class);
		JsonNode id = asked.get("vacancyId");
		String vacancyId = (id != null && id.isString()) ? id.stringValue() : null;
		boolean known = vacancies.stream().anyMatch((vacancy) -> vacancy.id().equals(vacancyId));
		if (topic == null && offline.question() != null) {
			return offline.question();
		}
		String offlineVacancy = (offline.question() != null) ? offline.question().vacancyId() : null;
		return new VacancyQuestion((topic != null) ? topic : VacancyTopic.GENERAL, known ? vacancyId : offlineVacancy);
	}

}
