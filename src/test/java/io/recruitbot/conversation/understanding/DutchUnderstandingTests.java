package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Map;

import static io.recruitbot.conversation.understanding.ScreeningField.AVAILABILITY;
import static io.recruitbot.conversation.understanding.ScreeningField.CITY;
import static io.recruitbot.conversation.understanding.ScreeningField.DESIRED_ROLE;
import static io.recruitbot.conversation.understanding.ScreeningField.DRIVING_LICENSE;
import static io.recruitbot.conversation.understanding.ScreeningField.HOURS_PER_WEEK;
import static io.recruitbot.conversation.understanding.ScreeningField.NAME;
import static io.recruitbot.conversation.understanding.ScreeningField.WORK_PERMIT;
import static io.recruitbot.conversation.understanding.ScreeningField.YEARS_EXPERIENCE;

/** Dutch, as candidates write it. */
class DutchUnderstandingTests extends LanguageUnderstandingContract {

	@Override
	String language() {
		return "nl";
	}

	@Override
	List<String> clearYes() {
		return List.of("is goed hoor", "prima, jullie mogen mijn gegevens gebruiken", "Ja, akkoord", "jazeker", "dat is prima", "oké hoor", "ja graag", "geen bezwaar",
				"ik ga akkoord", "tuurlijk", "Jaaa");
	}

	@Override
	List<String> clearNo() {
		return List.of("nee, gebruik mijn gegevens niet", "Nee", "nee bedankt", "liever niet", "ik wil dat niet", "nee hoor");
	}

	@Override
	List<String> neitherYesNorNo() {
		return List.of("mag ik vragen wat jullie met mijn gegevens doen", "is het fulltime",
				"waarom hebben jullie dat nodig?", "ik woon in Zaandam", "ik kan maandag beginnen",
				"nee, ik bedoel Tilburg", "misschien", "eigenlijk woon ik in Gouda");
	}

	@Override
	List<String> messagesInTheLanguage() {
		return List.of("Ik zoek werk in de buurt van Utrecht", "hoeveel verdien ik per uur?", "ja hoor, prima",
				"ik heb drie jaar in een magazijn gewerkt", "Goedemiddag, ik heb een vraag",
				// weekdays as Dutch abbreviate them; "ma" is Polish too
				"ma t/m vr");
	}

	@Override
	List<String> erasureRequests() {
		return List.of("wis al mijn gegevens", "Kunnen jullie mijn gegevens verwijderen?",
				"ik wil dat mijn profiel verwijderd wordt");
	}

	@Override
	List<String> optOuts() {
		return List.of("hou maar op met die berichten", 
				"app me niet meer", "ik wil niet meer benaderd worden", 
				"stoppen", "Afmelden", "stuur me geen berichten meer", "laat me met rust");
	}

	@Override
	List<String> requestsForAPerson() {
		return List.of("ik heb liever contact met een persoon", 
				"kan ik even iemand van jullie spreken?", "kunnen jullie mij terugbellen?", 
				"Kan ik iemand spreken?", "ik wil met een medewerker bellen", "liever met een echt mens");
	}

	@Override
	Map<String, VacancyTopic> vacancyQuestions() {
		return Map.of("wat is het uurloon?", VacancyTopic.SALARY, "Hoeveel uren zijn het per week?", VacancyTopic.HOURS,
				"waar is het magazijn precies?", VacancyTopic.LOCATION, "Welke eisen hebben jullie?",
				VacancyTopic.REQUIREMENTS, "wanneer zou ik kunnen starten?", VacancyTopic.AVAILABILITY, "hoeveel betalen jullie?",
				VacancyTopic.SALARY);
	}

	@Override
	List<String> otherQuestions() {
		return List.of("mag ik mijn hond meenemen?", "is er een parkeerplaats?", "regelen jullie huisvesting?",
				"moet ik zelf een fiets regelen");
	}

	@Override
	List<Fact> facts() {
		return List.of(fact(null, "hallo ik ben youssef en ik zoek werk", NAME, null),
				fact(null, "ik woon al 3 jaar in Delft en heb 5 jaar ervaring als chauffeur", YEARS_EXPERIENCE, 5.0),
				fact(null, "ik heb rijbewijs categorie C", DRIVING_LICENSE, true),
				fact(YEARS_EXPERIENCE, "een half jaar", YEARS_EXPERIENCE, 0.5),
				// de categorie naast het beroep is een rijbewijs; het beroep alleen zegt niets
				fact(null, "ik ben CE-chauffeur en zoek werk", DRIVING_LICENSE, true),
				// a sentence without its "ik" is a statement, not a question
				fact(null, "heb 2 jaar ervaring als heftruckchauffeur", YEARS_EXPERIENCE, 2.0),
				fact(null, "ik was chauffeur bij een bakker", DRIVING_LICENSE, null),
				fact(AVAILABILITY, "over een half jaar", YEARS_EXPERIENCE, null),
				fact(null, "zijn jullie op zoek naar magazijnmedewerkers?", DESIRED_ROLE, "warehouse worker"),
				fact(null, "Hoi, ik heet Femke Jansen en ik woon in Amersfoort", NAME, "Femke Jansen"),
				fact(null, "Hoi, ik heet Femke Jansen en ik woon in Amersfoort", CITY, "Amersfoort"),
				// the place after the living words, with words between them or before them
				fact(null, "Wonen doe ik in Capelle aan den IJssel, werken liefst in de haven", CITY,
						"Capelle aan den IJssel"),
				fact(null, "ik woon sinds kort in Deventer", CITY, "Deventer"),
				// the age after the name is no experience; the years with the work are
				fact(null, "hoi ik ben Ruud Bakker, 41 jaar, woon in Breda en heb 12 jaar heftruck gereden. Zoek werk als "
						+ "heftruckchauffeur", YEARS_EXPERIENCE, 12.0),
				fact(null, "Hallo, ik ben Sanne de Wit, 34 jaar, en zoek werk in de zorg", YEARS_EXPERIENCE, null),
				fact(null, "ik heb 2 jaar als orderpicker gewerkt bij bol", DESIRED_ROLE, "warehouse worker"),
				fact(CITY, "zwolle", CITY, "Zwolle"), fact(YEARS_EXPERIENCE, "ruim acht jaar", YEARS_EXPERIENCE, 8.0),
				fact(YEARS_EXPERIENCE, "nog geen ervaring", YEARS_EXPERIENCE, 0.0),
				fact(HOURS_PER_WEEK, "vier dagen per week", HOURS_PER_WEEK, 32),
				fact(HOURS_PER_WEEK, "voltijd", HOURS_PER_WEEK, 40),
				fact(null, "ik kan 28 uur per week werken", HOURS_PER_WEEK, 28),
				fact(null, "ik heb geen rijbewijs", DRIVING_LICENSE, false),
				fact(HOURS_PER_WEEK, "ma t/m vr", HOURS_PER_WEEK, 40),
				fact(DRIVING_LICENSE, "ja, B", DRIVING_LICENSE, true),
				// a no beside another licence is still a no; the car licence said as a compound
				fact(DRIVING_LICENSE, "nee alleen mijn heftruckcertificaat, geen autorijbewijs", DRIVING_LICENSE, false),
				fact(DRIVING_LICENSE, "ja, mijn heftruckcertificaat", DRIVING_LICENSE, null),
				fact(WORK_PERMIT, "ik heb een verblijfsvergunning", WORK_PERMIT, true),
				fact(null, "ik ben per direct beschikbaar", AVAILABILITY, "per direct"),
				fact(null, "ik wil graag als heftruckchauffeur werken", DESIRED_ROLE, "forklift driver"));
	}

	@Override
	List<Fact> corrections() {
		return List.of(fact(null, "sorry, ik bedoel 36 uur", HOURS_PER_WEEK, 36),
				fact(null, "eigenlijk woon ik in Delft, niet in Rijswijk", CITY, "Delft"),
				fact(null, "oh wacht, het is vijf jaar en niet drie", YEARS_EXPERIENCE, 5.0));
	}

}
