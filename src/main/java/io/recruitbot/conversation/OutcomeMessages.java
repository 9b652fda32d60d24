package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.ScreeningField;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the candidate hears when screening ends, in their language (keys {@code outcome.*} and {@code reason.*} of the
 * message catalogues): the vacancies that fit; or, when none does, why in plain words, which open vacancies would fit
 * in another role, that a recruiter reviews the outcome and how to ask for that review now.
 */
@Component
class OutcomeMessages {

	private static final String BULLET = "\n• ";

	private final MessageSource messages;

	OutcomeMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(MatchOutcome outcome, Map<String, Object> profile, Locale locale) {
		return outcome.qualified() ? qualified(outcome, locale) : notQualified(outcome, profile, locale);
	}

	private String qualified(MatchOutcome outcome, Locale locale) {
		List<VacancyAssessment> fits = outcome.assessments().stream().filter(VacancyAssessment::fits).toList();
		StringBuilder text = new StringBuilder(say((fits.size() == 1) ? "outcome.qualified.one" : "outcome.qualified.many",
				locale));
		fits.forEach((fit) -> text.append(BULLET).append(vacancy(fit, locale)));
		return text.append("\n").append(say("outcome.qualified.next", locale)).toString();
	}

	private String notQualified(MatchOutcome outcome, Map<String, Object> profile, Locale locale) {
		StringBuilder text = new StringBuilder(say("outcome.notQualified", locale));
		reasons(outcome, profile, locale).forEach((reason) -> text.append(BULLET).append(reason));
		List<VacancyAssessment> otherRoles = outcome.otherRoles();
		if (!otherRoles.isEmpty()) {
			text.append("\n").append(say("outcome.otherRoles", locale));
			otherRoles.forEach((other) -> text.append(BULLET).append(vacancy(other, locale)));
		}
		return text.append("\n").append(say("outcome.review", locale)).toString();
	}

	private List<String> reasons(MatchOutcome outcome, Map<String, Object> profile, Locale locale) {
		List<String> reasons = new ArrayList<>();
		if (outcome.rules(DecisionRule.NO_VACANCIES)) {
			reasons.add(say("reason.NO_VACANCIES", locale));
		}
		if (outcome.rules(DecisionRule.MISSING_ANSWERS)) {
			reasons.add(say("reason.MISSING_ANSWERS", locale));
		}
		outcome.nearestMisses().forEach((rule, missed) -> reasons.add(reason(rule, missed, profile, locale)));
		return reasons;
	}

	private String reason(DecisionRule rule, VacancyAssessment missed, Map<String, Object> profile, Locale locale) {
		Vacancy vacancy = missed.vacancy();
		String city = CandidateProfile.text(profile, ScreeningField.CITY);
		return switch (rule) {
			case DISTANCE -> (city == null) ? say("reason.DISTANCE.unknownPlace", locale)
					: (missed.kilometres() == null) ? say("reason.DISTANCE.notOnMap", locale, city)
							: say("reason.DISTANCE", locale, vacancy.title(), vacancy.city(), missed.kilometres(), city,
									limit(vacancy));
			case HOURS -> say("reason.HOURS", locale,
					CandidateProfile.number(profile, ScreeningField.HOURS_PER_WEEK).map(Number::intValue).orElse(0),
					vacancy.title(), hours(vacancy));
			case EXPERIENCE -> say("reason.EXPERIENCE", locale, vacancy.title(), vacancy.minYearsExperience());
			case DRIVING_LICENSE -> say("reason.DRIVING_LICENSE", locale, vacancy.title());
			case WORK_PERMIT -> say("reason.WORK_PERMIT", locale);
			case ROLE -> {
				String role = CandidateProfile.text(profile, ScreeningField.DESIRED_ROLE);
				yield (role == null) ? say("reason.ROLE.unknown", locale) : say("reason.ROLE", locale, role);
			}
			default -> say("reason." + rule.name(), locale);
		};
	}

	private String vacancy(VacancyAssessment assessment, Locale locale) {
		Vacancy vacancy = assessment.vacancy();
		Long km = assessment.kilometres();
		return (km == null || km == 0) ? say("outcome.vacancy", locale, vacancy.title(), vacancy.city())
				: say("outcome.vacancy.distance", locale, vacancy.title(), vacancy.city(), km);
	}

	private static int limit(Vacancy vacancy) {
		return (vacancy.maxTravelKm() != null) ? vacancy.maxTravelKm() : Vacancy.DEFAULT_MAX_TRAVEL_KM;
	}

	/** "40", "32–40": the numbers only, the catalogue says "hours" in its language. */
	private static String hours(Vacancy vacancy) {
		Integer min = vacancy.hoursPerWeekMin();
		Integer max = vacancy.hoursPerWeekMax();
		if (min != null && max != null) {
			return min.equals(max) ? String.valueOf(min) : min + "–" + max;
		}
		return (min != null) ? min + "+" : "≤ " + max;
	}

	private String say(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, (locale != null) ? locale : Locale.ENGLISH);
	}

}
