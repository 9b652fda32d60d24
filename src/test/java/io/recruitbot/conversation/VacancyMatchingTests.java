package io.recruitbot.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitbot.candidate.DecisionReason;
import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.ScreeningSettings.ScreeningQuestion;
import io.recruitbot.conversation.understanding.Cities;
import io.recruitbot.conversation.understanding.Roles;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching by distance and what the candidate and the recruiter are told: each vacancy fits or says which rule, with
 * which values, it does not meet.
 */
class VacancyMatchingTests {

	private static final Vacancy FORKLIFT = new Vacancy("forklift-tilburg", "Forklift Driver", "Tilburg", 40, 40, 2700,
			3100, "EUR", "month", false, 1, null, true, 30);

	private static final Vacancy WAREHOUSE = new Vacancy("warehouse-rotterdam", "Warehouse Worker", "Rotterdam", 32, 40,
			2450, 2800, "EUR", "month", false, 0, null, true, 30);

	private static final Vacancy TRUCK = new Vacancy("truck-driver-venlo", "Truck Driver", "Venlo", 40, 40, 2800, 3400,
			"EUR", "month", true, 2, null, true, 50);

	private static final List<Vacancy> OPEN = List.of(FORKLIFT, WAREHOUSE, TRUCK);

	private final VacancyMatching matching = new VacancyMatching(
			(role, title) -> title.toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT)) ? 1 : 0,
			new ScreeningSettings("Recruitbot", List.of(new ScreeningQuestion("city", true)), 0.6),
			new Cities(), new Roles());

	private final OutcomeMessages messages = new OutcomeMessages(catalogues());

	@Test
	void aCandidateFromANearbyTownFitsAndTheReasonSaysHowFar() {
		MatchOutcome outcome = this.matching.assess(candidate("Breda", "forklift driver"), OPEN, true);

		assertThat(outcome.fits()).containsExactly(FORKLIFT);
		assertThat(outcome.reasons()).contains(
				new DecisionReason("forklift-tilburg", DecisionRule.FITS, "fits: Forklift Driver, 22 km"));
	}

	@Test
	void aSuburbAndANeighbouringTownFitTheirCitysVacancies() {
		assertThat(this.matching.matches(candidate("Schiedam", "warehouse worker"), OPEN)).containsExactly(WAREHOUSE);
		assertThat(this.matching.matches(candidate("Capelle aan den IJssel", "warehouse"), OPEN)).containsExactly(WAREHOUSE);
		assertThat(this.matching.matches(candidate("Den Bosch", "forklift"), OPEN)).containsExactly(FORKLIFT);
		Vacancy eindhoven = new Vacancy("dev", "Java Developer", "Eindhoven", 40, 40, null, null, null, null, false, 0,
				null, true, null);
		assertThat(this.matching.matches(candidate("Helmond", "java developer"), List.of(eindhoven)))
			.containsExactly(eindhoven);
	}

	@Test
	void aRoleNamedInTheCandidatesLanguageFitsTheVacancyOfThatWork() {
		Vacancy nurse = new Vacancy("nurse-utrecht", "Registered Nurse", "Utrecht", 24, 40, null, null, null, null, false,
				0, null, true, 30);
		assertThat(this.matching.matches(candidate("Amersfoort", "verpleegkundige"), List.of(nurse))).containsExactly(nurse);
		assertThat(this.matching.matches(candidate("Schiedam", "Lagerarbeit"), OPEN)).containsExactly(WAREHOUSE);
		assertThat(this.matching.matches(candidate("Schiedam", "magazijnwerk"), OPEN)).containsExactly(WAREHOUSE);
		assertThat(this.matching.matches(candidate("Schiedam", "magazynier"), OPEN)).containsExactly(WAREHOUSE);
		assertThat(this.matching.matches(candidate("Amersfoort", "kok"), List.of(nurse))).isEmpty();
		// a title in Dutch still fits the words it is written in
		Vacancy dutch = new Vacancy("heftruck-tilburg", "Heftruckchauffeur", "Tilburg", 32, 40, null, null, null, null,
				false, 0, null, true, 30);
		assertThat(this.matching.matches(candidate("Tilburg", "heftruck"), List.of(dutch))).containsExactly(dutch);
	}

	@Test
	void aCandidateTooFarAwayIsToldTheDistanceAndTheLimit() {
		MatchOutcome outcome = this.matching.assess(candidate("Groningen", "forklift driver"), OPEN, true);

		assertThat(outcome.fits()).isEmpty();
		assertThat(outcome.reasons()).contains(
				new DecisionReason("forklift-tilburg", DecisionRule.DISTANCE, "Tilburg is 210 km from Groningen, limit 30 km"));
		String told = this.messages.text(outcome, candidate("Groningen", "forklift driver"), Locale.ENGLISH);
		assertThat(told).contains("Forklift Driver in Tilburg is 210 km from Groningen, and for that job we look within 30 km")
			.contains("a recruiter will look at your answers")
			.contains("reply “recruiter”");
	}

	@Test
	void theVacancysOwnTravelDistanceDecides() {
		Vacancy nearOnly = new Vacancy("forklift-tilburg", "Forklift Driver", "Tilburg", 40, 40, null, null, null, null,
				false, 0, null, true, 10);
		Vacancy farToo = new Vacancy("forklift-tilburg", "Forklift Driver", "Tilburg", 40, 40, null, null, null, null,
				false, 0, null, true, 250);

		assertThat(this.matching.matches(candidate("Breda", "forklift"), List.of(nearOnly))).isEmpty();
		assertThat(this.matching.matches(candidate("Groningen", "forklift"), List.of(farToo))).containsExactly(farToo);
	}

	@Test
	void everyRuleThatIsNotMetIsAReasonWithItsValues() {
		Map<String, Object> profile = candidate("Venlo", "truck driver");
		profile.put("hoursPerWeek", 24);
		profile.put("yearsExperience", 1);
		profile.put("drivingLicense", false);

		MatchOutcome outcome = this.matching.assess(profile, List.of(TRUCK), true);

		assertThat(outcome.reasons()).containsExactly(
				new DecisionReason("truck-driver-venlo", DecisionRule.HOURS,
						"wants 24 hours a week, Truck Driver offers 40 hours"),
				new DecisionReason("truck-driver-venlo", DecisionRule.DRIVING_LICENSE,
						"Truck Driver needs a driving licence, the candidate has none or did not say"),
				new DecisionReason("truck-driver-venlo", DecisionRule.EXPERIENCE,
						"Truck Driver needs 2 years of experience, the candidate has 1"));
		assertThat(this.messages.text(outcome, profile, Locale.ENGLISH))
			.contains("you would like to work 24 hours a week, and Truck Driver is 40 hours a week")
			.contains("Truck Driver needs a driving licence")
			.contains("Truck Driver asks for at least 2 years of experience");
	}

	@Test
	void aCandidateWhoFitsNothingHearsOfTheOpenVacanciesThatFitInAnotherRole() {
		Map<String, Object> profile = candidate("Schiedam", "forklift driver");

		MatchOutcome outcome = this.matching.assess(profile, OPEN, true);

		assertThat(outcome.fits()).isEmpty();
		assertThat(outcome.otherRoles()).extracting(VacancyAssessment::vacancy).containsExactly(WAREHOUSE);
		assertThat(this.messages.text(outcome, profile, Locale.ENGLISH))
			.contains("we have no opening as forklift driver at the moment")
			.contains("These open vacancies would fit you, in another role")
			.contains("Warehouse Worker in Rotterdam (6 km from you)");
	}

	@Test
	void aPlaceTheGazetteerDoesNotKnowFitsOnlyAVacancyInAPlaceOfTheSameName() {
		Vacancy village = new Vacancy("baker", "Baker", "Nergenshuizen", 40, 40, null, null, null, null, false, 0, null,
				true, null);

		assertThat(this.matching.matches(candidate("nergenshuizen", "baker"), List.of(village))).containsExactly(village);
		MatchOutcome elsewhere = this.matching.assess(candidate("Nergenshuizen", "forklift"), List.of(FORKLIFT), true);
		assertThat(elsewhere.reasons()).containsExactly(new DecisionReason("forklift-tilburg", DecisionRule.DISTANCE,
				"Nergenshuizen is not in the gazetteer, so only the same place counts: Tilburg is not Nergenshuizen"));
		assertThat(this.messages.text(elsewhere, candidate("Nergenshuizen", "forklift"), Locale.ENGLISH))
			.contains("I could not find Nergenshuizen on our map");
	}

	@Test
	void aQualifiedCandidateHearsWhichVacanciesFitInTheirLanguage() {
		Map<String, Object> profile = candidate("Breda", "forklift driver");
		MatchOutcome outcome = this.matching.assess(profile, OPEN, true);

		assertThat(this.messages.text(outcome, profile, Locale.ENGLISH)).contains("Your profile fits this vacancy:")
			.contains("Forklift Driver in Tilburg (22 km from you)")
			.contains("a recruiter checks it");
		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("nl")))
			.contains("Je profiel past bij deze vacature:")
			.contains("Forklift Driver in Tilburg (22 km bij je vandaan)");
		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("de"))).contains("(22 km von dir entfernt)");
		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("pl"))).contains("(22 km od Ciebie)");
		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("fr"))).contains("Your profile fits");
	}

	@Test
	void aCandidateScreenedOutHearsTheReasonAndHowToAskForAReviewInTheirLanguage() {
		Map<String, Object> profile = candidate("Groningen", "forklift driver");
		MatchOutcome outcome = this.matching.assess(profile, OPEN, true);

		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("nl")))
			.contains("Forklift Driver in Tilburg ligt 210 km van Groningen")
			.contains("een recruiter bekijkt je antwoorden")
			.contains("Stuur dan “recruiter”");
		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("de")))
			.contains("liegt 210 km von Groningen entfernt")
			.contains("Antworte einfach „recruiter“");
		assertThat(this.messages.text(outcome, profile, Locale.forLanguageTag("pl")))
			.contains("jest 210 km od miejscowości Groningen")
			.contains("Odpisz po prostu „recruiter”");
	}

	@Test
	void withoutOpenVacanciesOrRequiredAnswersTheReasonConcernsNoSingleVacancy() {
		assertThat(this.matching.assess(candidate("Breda", "forklift"), List.of(), true).reasons())
			.containsExactly(new DecisionReason(null, DecisionRule.NO_VACANCIES, "no open vacancies"));
		MatchOutcome incomplete = this.matching.assess(candidate("Breda", "forklift"), OPEN, false);
		assertThat(incomplete.fits()).isEmpty();
		assertThat(incomplete.reasons()).first()
			.isEqualTo(new DecisionReason(null, DecisionRule.MISSING_ANSWERS,
					"screening ended before every required question was answered"));
	}

	private static Map<String, Object> candidate(String city, String role) {
		Map<String, Object> profile = new HashMap<>();
		profile.put("city", city);
		profile.put("desiredRole", role);
		profile.put("hoursPerWeek", 40);
		profile.put("yearsExperience", 3);
		profile.put("drivingLicense", true);
		profile.put("workPermit", true);
		return profile;
	}

	static ResourceBundleMessageSource catalogues() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
