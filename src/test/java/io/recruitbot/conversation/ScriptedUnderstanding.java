package io.recruitbot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.conversation.understanding.TextSimilarity;
import io.recruitbot.conversation.understanding.VacancyQuestion;
import io.recruitbot.conversation.understanding.VacancyTopic;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A deliberately literal stand-in for the offline understanding, so the workflow's own behaviour can be tested on its
 * own: it reads the answer to the awaited field as is, a few fixed phrases as intents, and "my name is ...", "from ..."
 * and an e-mail address as volunteered facts; "yes"/"ja"/"tak" and "no"/"nee"/"nie" as the answer to consent and erasure
 * confirmation, "actually" as a correction, a few marker words as the language.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedUnderstanding {

	private static final Pattern NAME = Pattern.compile("[Mm]y name is ([A-Z][a-z]+(?: [A-Z][a-z]+)*)");

	private static final Pattern CITY = Pattern.compile("(?i)(?:I live in|from|woon in) ([A-Z][a-z]+)");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

	private static final List<Map.Entry<String, Pattern>> LANGUAGES = List.of(
			Map.entry("pl", Pattern.compile("(?i)\\b(cześć|tak|nie|mieszkam)\\b")),
			Map.entry("de", Pattern.compile("(?i)\\b(ich|guten|gerne|nein|wohne)\\b")),
			Map.entry("nl", Pattern.compile("(?i)\\b(hoi|ik|ja|nee|woon|graag|heb)\\b")),
			Map.entry("en", Pattern.compile("(?i)\\b(hi|hello|i|yes|no|my|the|is|please)\\b")));

	private static final Pattern YES = Pattern.compile("^(yes|ok|ja|tak|sure)\\b.*");

	private static final Pattern NO = Pattern.compile("^(no|nee|nein|nie)\\b.*");

	@Bean
	@Primary
	MessageReader scriptedReader() {
		return ScriptedUnderstanding::read;
	}

	@Bean
	@Primary
	TextSimilarity exactSimilarity() {
		return (first, second) -> first.equalsIgnoreCase(second) ? 1 : 0;
	}

	static MessageReading read(String text, ScreeningField awaiting, List<Vacancy> vacancies) {
		MessageReading reading = understand(text, awaiting, vacancies);
		String lower = text.toLowerCase(Locale.ROOT).trim();
		Boolean agreement = (awaiting != ScreeningField.CONSENT && awaiting != ScreeningField.ERASURE_CONFIRMATION)
				? null : YES.matcher(lower).matches() ? Boolean.TRUE : NO.matcher(lower).matches() ? Boolean.FALSE : null;
		String language = LANGUAGES.stream()
			.filter((entry) -> entry.getValue().matcher(text).find())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		return new MessageReading(reading.intent(), reading.facts(), reading.question(), language,
				lower.contains("actually"), agreement);
	}

	private static MessageReading understand(String text, ScreeningField awaiting, List<Vacancy> vacancies) {
		String lower = text.toLowerCase(Locale.ROOT).trim();
		switch (lower) {
			case "stop":
				return reading(Intent.OPT_OUT, ProfileFacts.NONE);
			case "start":
				return reading(Intent.OPT_IN, ProfileFacts.NONE);
			default:
				break;
		}
		if (lower.contains("real person")) {
			return reading(Intent.WANTS_HUMAN, ProfileFacts.NONE);
		}
		if (lower.contains("delete")) {
			return reading(Intent.ERASE_DATA, ProfileFacts.NONE);
		}
		if (lower.contains("parking") || lower.contains("visa")) {
			return reading(Intent.OTHER_QUESTION, volunteered(text));
		}
		if (lower.endsWith("?")) {
			String vacancyId = vacancies.stream()
				.filter((vacancy) -> lower.contains(vacancy.title().toLowerCase(Locale.ROOT)))
				.map(Vacancy::id)
				.findFirst()
				.orElse(null);
			return new MessageReading(Intent.VACANCY_QUESTION, volunteered(text),
					new VacancyQuestion(VacancyTopic.GENERAL, vacancyId));
		}
		if (awaiting == null || lower.contains("actually")) {
			return reading(Intent.APPLY, volunteered(text));
		}
		return reading(Intent.APPLY, answer(awaiting, text, lower));
	}

	private static ProfileFacts answer(ScreeningField field, String text, String lower) {
		Boolean yes = lower.startsWith("yes") || lower.equals("ok") ? Boolean.TRUE
				: lower.startsWith("no") ? Boolean.FALSE : null;
		Matcher number = Pattern.compile("\\d+").matcher(lower);
		Integer count = number.find() ? Integer.valueOf(number.group()) : null;
		ProfileFacts none = ProfileFacts.NONE;
		return switch (field) {
			case NAME -> facts(text, null, null, null);
			case EMAIL -> lower.contains("@")
					? new ProfileFacts(null, null, lower, null, null, null, null, null, null, null, null, null) : none;
			case CITY -> facts(null, text, null, null);
			case DESIRED_ROLE -> facts(null, null, text, null);
			case YEARS_EXPERIENCE -> (count == null) ? none
					: new ProfileFacts(null, null, null, null, null, count.doubleValue(), null, null, null, null, null,
							null);
			case AVAILABILITY -> new ProfileFacts(null, null, null, null, null, null, text, null, null, null, null, null);
			case HOURS_PER_WEEK -> (count == null) ? none
					: new ProfileFacts(null, null, null, null, null, null, null, count, null, null, null, null);
			case DRIVING_LICENSE -> new ProfileFacts(null, null, null, null, null, null, null, null, yes, null, null,
					null);
			case WORK_PERMIT -> new ProfileFacts(null, null, null, null, null, null, null, null, null, yes, null, null);
			default -> none;
		};
	}

	private static ProfileFacts volunteered(String text) {
		Matcher name = NAME.matcher(text);
		Matcher city = CITY.matcher(text);
		Matcher email = EMAIL.matcher(text);
		return new ProfileFacts(null, name.find() ? name.group(1) : null, email.find() ? email.group() : null,
				city.find() ? city.group(1) : null, null, null, null, null, null, null, null, null);
	}

	private static ProfileFacts facts(String name, String city, String role, Double years) {
		return new ProfileFacts(null, name, null, city, role, years, null, null, null, null, null, null);
	}

	private static MessageReading reading(Intent intent, ProfileFacts facts) {
		return new MessageReading(intent, facts, null);
	}

}
