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

/** German, as candidates write it. */
class GermanUnderstandingTests extends LanguageUnderstandingContract {

	@Override
	String language() {
		return "de";
	}

	@Override
	List<String> clearYes() {
		return List.of("ja, Sie dürfen meine Daten speichern", "Ja, ich bin einverstanden", "passt schon", "alles klar", "ja gerne", "na klar",
				"geht klar", "in Ordnung", "kein Problem", "klar doch");
	}

	@Override
	List<String> clearNo() {
		return List.of("Nein", "nein, danke", "lieber nicht", "ich möchte nicht", "nicht einverstanden");
	}

	@Override
	List<String> neitherYesNorNo() {
		return List.of("Wofür braucht ihr meine Daten?", "ich wohne in Aachen", "ich kann ab Montag anfangen",
				"eigentlich wohne ich in Venlo", "keine Ahnung");
	}

	@Override
	List<String> messagesInTheLanguage() {
		return List.of("Ich suche eine Stelle im Lager", "wie viel verdient man da?", "ja, das passt",
				"ich habe drei Jahre Erfahrung als Fahrer", "Guten Morgen, ich habe eine Frage");
	}

	@Override
	List<String> erasureRequests() {
		return List.of("Löscht bitte alles, was ihr über mich gespeichert habt", 
				"Bitte löschen Sie alle meine Daten", "entfernt mein Profil", "meine Daten bitte löschen");
	}

	@Override
	List<String> optOuts() {
		return List.of("Bitte schreiben Sie mir nicht mehr", "ich will nicht mehr kontaktiert werden", 
				"Stopp", "abmelden", "schreibt mir nicht mehr", "lasst mich in Ruhe");
	}

	@Override
	List<String> requestsForAPerson() {
		return List.of("Können Sie mich bitte anrufen?", "kann ich jemanden von euch sprechen?", 
				"Ich will mit einem Mitarbeiter sprechen", "kann ich mit jemandem reden?",
				"bitte ruft mich an");
	}

	@Override
	Map<String, VacancyTopic> vacancyQuestions() {
		return Map.of("Was ist das Gehalt?", VacancyTopic.SALARY, "wie sind die Arbeitszeiten?", VacancyTopic.HOURS,
				"Wo genau ist der Standort?", VacancyTopic.LOCATION, "Welche Voraussetzungen gibt es?",
				VacancyTopic.REQUIREMENTS, "Wann kann ich anfangen?", VacancyTopic.AVAILABILITY);
	}

	@Override
	List<String> otherQuestions() {
		return List.of("Darf ich meinen Hund mitbringen?", "Gibt es Parkplätze?", "Helft ihr bei der Unterkunft?");
	}

	@Override
	List<Fact> facts() {
		return List.of(fact(null, "ich wohne seit drei Jahren in Venlo", YEARS_EXPERIENCE, null),
				fact(null, "ich wohne seit 2019 in Kleve und arbeite seit 5 Jahren als Fahrer", YEARS_EXPERIENCE, 5.0),
				fact(YEARS_EXPERIENCE, "ungefähr ein Jahr", YEARS_EXPERIENCE, 1.0),
				fact(null, "ich bin LKW-Fahrer Klasse CE", DRIVING_LICENSE, true),
				fact(null, "sucht ihr Staplerfahrer?", DESIRED_ROLE, "forklift driver"),
				fact(null, "braucht ihr noch Lagerarbeiter?", DESIRED_ROLE, "warehouse worker"),
				fact(null, "Hallo, mein Name ist Lena Vogel, ich wohne in Kleve", NAME, "Lena Vogel"),
				fact(null, "Hallo, mein Name ist Lena Vogel, ich wohne in Kleve", CITY, "Kleve"),
				fact(null, "ich wohne seit drei Jahren in Venlo", CITY, "Venlo"),
				fact(null, "momentan lebe ich in Emmerich", CITY, "Emmerich"),
				fact(null, "Hallo, ich bin Lukas Becker, 28 Jahre, und suche Arbeit als Staplerfahrer", YEARS_EXPERIENCE,
						null),
				fact(YEARS_EXPERIENCE, "drei Jahre", YEARS_EXPERIENCE, 3.0),
				fact(null, "ich arbeite seit zehn Jahren als Staplerfahrer", YEARS_EXPERIENCE, 10.0),
				fact(null, "ich arbeite seit zehn Jahren als Staplerfahrer", DESIRED_ROLE, "forklift driver"),
				fact(YEARS_EXPERIENCE, "leider keine Erfahrung", YEARS_EXPERIENCE, 0.0),
				fact(HOURS_PER_WEEK, "Vollzeit bitte", HOURS_PER_WEEK, 40),
				fact(HOURS_PER_WEEK, "vier Tage pro Woche", HOURS_PER_WEEK, 32),
				fact(DRIVING_LICENSE, "Führerschein habe ich nicht", DRIVING_LICENSE, false),
				fact(null, "ich habe einen Führerschein Klasse B", DRIVING_LICENSE, true),
				fact(DRIVING_LICENSE, "nein, nur den Staplerschein", DRIVING_LICENSE, false),
				fact(HOURS_PER_WEEK, "Mo-Fr", HOURS_PER_WEEK, 40),
				fact(null, "einen Autoführerschein habe ich leider nicht", DRIVING_LICENSE, false),
				fact(WORK_PERMIT, "ich habe eine Aufenthaltserlaubnis", WORK_PERMIT, true),
				fact(null, "ich bin ab sofort verfügbar", AVAILABILITY, "ab sofort"));
	}

	@Override
	List<Fact> corrections() {
		return List.of(fact(null, "Korrektur: 30 Stunden, nicht 40", HOURS_PER_WEEK, 30),
				fact(null, "ich meinte Nijmegen, nicht Arnhem", CITY, "Nijmegen"),
				fact(null, "doch 7 Jahre statt 5", YEARS_EXPERIENCE, 7.0));
	}

}
