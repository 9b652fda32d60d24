package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Map;

import static io.recruitbot.conversation.understanding.ScreeningField.AVAILABILITY;
import static io.recruitbot.conversation.understanding.ScreeningField.CITY;
import static io.recruitbot.conversation.understanding.ScreeningField.DESIRED_ROLE;
import static io.recruitbot.conversation.understanding.ScreeningField.DRIVING_LICENSE;
import static io.recruitbot.conversation.understanding.ScreeningField.EMAIL;
import static io.recruitbot.conversation.understanding.ScreeningField.HOURS_PER_WEEK;
import static io.recruitbot.conversation.understanding.ScreeningField.NAME;
import static io.recruitbot.conversation.understanding.ScreeningField.WORK_PERMIT;
import static io.recruitbot.conversation.understanding.ScreeningField.YEARS_EXPERIENCE;

/** Polish, as candidates write it, with its case endings ("w Eindhovenie", "magazynu"). */
class PolishUnderstandingTests extends LanguageUnderstandingContract {

	@Override
	String language() {
		return "pl";
	}

	@Override
	List<String> clearYes() {
		return List.of("tak, możecie użyć moich danych", "Tak, zgadzam się", "jasne", "ok, zgoda", "dobrze", "oczywiście", "spoko", "nie ma problemu",
				"w porządku");
	}

	@Override
	List<String> clearNo() {
		return List.of("Nie", "nie, dziękuję", "raczej nie", "nie zgadzam się", "nie chcę");
	}

	@Override
	List<String> neitherYesNorNo() {
		return List.of("po co wam moje dane?", "mieszkam w Tilburgu", "mogę zacząć od poniedziałku",
				"właściwie mieszkam w Bredzie", "nie wiem");
	}

	@Override
	List<String> messagesInTheLanguage() {
		return List.of("Szukam pracy jako kierowca", "ile płacicie za godzinę?", "tak, jasne",
				"mam trzy lata doświadczenia w magazynie", "Dzień dobry, mam pytanie");
	}

	@Override
	List<String> erasureRequests() {
		return List.of("proszę usunąć moje dane", "skasujcie mój profil", "chcę żeby moje dane zostały usunięte");
	}

	@Override
	List<String> optOuts() {
		return List.of("proszę nie pisać do mnie", "przestańcie do mnie pisać", 
				"stop", "wypisz mnie", "nie piszcie już do mnie więcej");
	}

	@Override
	List<String> requestsForAPerson() {
		return List.of("czy ktoś może do mnie zadzwonić?", "proszę o kontakt telefoniczny", 
				"chcę rozmawiać z człowiekiem", "mogę porozmawiać z rekruterem?", "niech ktoś do mnie zadzwoni");
	}

	@Override
	Map<String, VacancyTopic> vacancyQuestions() {
		return Map.of("jakie jest wynagrodzenie?", VacancyTopic.SALARY, "ile godzin tygodniowo?", VacancyTopic.HOURS,
				"gdzie dokładnie jest ta praca?", VacancyTopic.LOCATION, "jakie są wymagania?",
				VacancyTopic.REQUIREMENTS, "od kiedy mogę zacząć?", VacancyTopic.AVAILABILITY);
	}

	@Override
	List<String> otherQuestions() {
		return List.of("czy mogę zabrać psa?", "czy jest parking dla pracowników?", "czy zapewniacie zakwaterowanie?");
	}

	@Override
	List<Fact> facts() {
		return List.of(fact(null, "jestem kierowcą ciężarówki z kat. CE, szukam pracy", DRIVING_LICENSE, true),
				fact(null, "mieszkam w Holandii od 3 lat", YEARS_EXPERIENCE, null),
				fact(null, "chciałabym pracować w obsłudze klienta w Amsterdamie", DESIRED_ROLE, "customer service"),
				// the category beside the trade is a licence
				fact(null, "jestem kierowcą C+E, 10 lat doświadczenia", DRIVING_LICENSE, true),
				fact(YEARS_EXPERIENCE, "rok", YEARS_EXPERIENCE, 1.0),
				fact(YEARS_EXPERIENCE, "pół roku", YEARS_EXPERIENCE, 0.5),
				fact(null, "szukacie kierowców?", DESIRED_ROLE, "delivery driver"),
				fact(null, "Czy macie pracę dla pielęgniarki?", DESIRED_ROLE, "nurse"),
				// the feminine form of a trade, and its genitive
				fact(null, "szukam pracy jako magazynierka w Rotterdamie", DESIRED_ROLE, "warehouse worker"),
				fact(null, "czy potrzebujecie magazynierki?", DESIRED_ROLE, "warehouse worker"),
				fact(null, "Cześć, jestem Tomek Nowak, 35 lat, szukam pracy jako kierowca", YEARS_EXPERIENCE, null),
				// a trade, not a name, before the years: the years are experience
				fact(null, "jestem kierowcą, 20 lat, pracuję w transporcie", YEARS_EXPERIENCE, 20.0),
				fact(null, "Cześć, nazywam się Anna Nowak, mieszkam w Eindhovenie", NAME, "Anna Nowak"),
				fact(null, "Cześć, nazywam się Anna Nowak, mieszkam w Eindhovenie", CITY, "Eindhoven"),
				fact(null, "jestem z Tilburga", CITY, "Tilburg"),
				// a short place with a changed stem: Breda, Haga
				fact(null, "mieszkam teraz w Bredzie", CITY, "Breda"), fact(null, "mieszkam w Hadze", CITY, "Haga"),
				fact(YEARS_EXPERIENCE, "cztery lata", YEARS_EXPERIENCE, 4.0),
				fact(null, "pracowałem siedem lat jako magazynier", YEARS_EXPERIENCE, 7.0),
				fact(null, "pracowałem siedem lat jako magazynier", DESIRED_ROLE, "warehouse worker"),
				fact(YEARS_EXPERIENCE, "nie mam doświadczenia", YEARS_EXPERIENCE, 0.0),
				fact(HOURS_PER_WEEK, "pełen etat", HOURS_PER_WEEK, 40),
				fact(HOURS_PER_WEEK, "pięć dni w tygodniu", HOURS_PER_WEEK, 40),
				fact(HOURS_PER_WEEK, "od poniedziałku do piątku", HOURS_PER_WEEK, 40),
				// asked where she lives, she gives her right e-mail: the rest of the message is no place either
				fact(CITY, "przepraszam, zły adres, poprawny to ola.nowicka@example.pl", CITY, null),
				fact(CITY, "przepraszam, zły adres, poprawny to ola.nowicka@example.pl", EMAIL, "ola.nowicka@example.pl"),
				fact(CITY, "Rotterdam, a mój email to ola.nowicka@example.pl", CITY, "Rotterdam"),
				fact(null, "nie mam prawa jazdy", DRIVING_LICENSE, false),
				fact(null, "mam kategorię C+E i kod 95", DRIVING_LICENSE, true),
				// the age first, then the experience, in one breath
				fact(null, "jestem Marek, mam 45 lat i 20 lat doświadczenia jako kierowca", YEARS_EXPERIENCE, 20.0),
				fact(null, "mam 5 lat doświadczenia na magazynie", YEARS_EXPERIENCE, 5.0),
				fact(null, "mam czterdzieści lat i dwadzieścia lat doświadczenia", YEARS_EXPERIENCE, 20.0),
				fact(DRIVING_LICENSE, "tak, mam kategorię B", DRIVING_LICENSE, true),
				fact(WORK_PERMIT, "jestem obywatelem UE", WORK_PERMIT, true),
				fact(null, "mogę zacząć od jutra", AVAILABILITY, "mogę zacząć od jutra"));
	}

	@Override
	List<Fact> corrections() {
		return List.of(fact(CITY, "przepraszam, pomyliłam się, mój email to ania.nowak@example.pl", EMAIL, "ania.nowak@example.pl"),
				// asked where she lives, she corrects her e-mail: "przepraszam" is no place
				fact(CITY, "przepraszam, pomyliłam się, mój email to ania.nowak@example.pl", CITY, null),
				fact(null, "przepraszam, chodziło mi o 32 godziny", HOURS_PER_WEEK, 32),
				fact(null, "właściwie mieszkam w Utrechcie, nie w Amsterdamie", CITY, "Utrecht"),
				fact(null, "pomyłka, nie 2 tylko 4 lata", YEARS_EXPERIENCE, 4.0));
	}

}
