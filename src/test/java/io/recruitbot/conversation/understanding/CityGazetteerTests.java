package io.recruitbot.conversation.understanding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The city gazetteer ({@code understanding/cities.txt}) and how a city is read from a message. */
class CityGazetteerTests {

	private final PhraseLexicon gazetteer = Lexicons.load().cities();

	private final CityReader cities = new CityReader(this.gazetteer);

	@Test
	void alternativeSpellingsNameTheSameCity() {
		assertThat(this.gazetteer.whole("Den Haag").canonical()).isEqualTo("The Hague");
		assertThat(this.gazetteer.whole("'s-Gravenhage").canonical()).isEqualTo("The Hague");
		assertThat(this.gazetteer.whole("s gravenhage").canonical()).isEqualTo("The Hague");
		assertThat(this.gazetteer.whole("Brussel").canonical()).isEqualTo("Brussels");
		assertThat(this.gazetteer.whole("Bruxelles").canonical()).isEqualTo("Brussels");
		assertThat(this.gazetteer.whole("Köln").canonical()).isEqualTo("Cologne");
		assertThat(this.gazetteer.whole("koeln").canonical()).isEqualTo("Cologne");
		assertThat(this.gazetteer.whole("MÜNCHEN").canonical()).isEqualTo("Munich");
		assertThat(this.gazetteer.whole("Den Bosch").canonical()).isEqualTo("'s-Hertogenbosch");
		assertThat(this.gazetteer.whole("Antwerpen").canonical()).isEqualTo("Antwerp");
		assertThat(this.gazetteer.whole("Luik").canonical()).isEqualTo("Liège");
	}

	@Test
	void theGazetteerCoversSeveralHundredPlacesInTheNetherlandsBelgiumAndGermany() {
		assertThat(this.gazetteer.canonicals()).hasSizeGreaterThan(300)
			.contains("Amsterdam", "Zwolle", "Venlo", "Schiedam", "Ghent", "Hasselt", "Düsseldorf", "Aachen", "Kleve");
	}

	@Test
	void theCandidatesOwnSpellingIsKept() {
		assertThat(this.cities.read(Utterance.of("I live in den haag"), true)).isEqualTo("Den Haag");
		assertThat(this.cities.read(Utterance.of("I'm based in The Hague"), true)).isEqualTo("The Hague");
		assertThat(this.cities.read(Utterance.of("ik woon in 's-gravenhage"), true)).isEqualTo("'s-Gravenhage");
	}

	@Test
	void aLongerPlaceNameWinsOverTheShorterOneInside() {
		assertThat(this.cities.read(Utterance.of("I live in Bergen op Zoom"), true)).isEqualTo("Bergen op Zoom");
		assertThat(this.cities.read(Utterance.of("capelle aan den ijssel"), true)).isEqualTo("Capelle aan den IJssel");
		assertThat(this.cities.read(Utterance.of("Frankfurt am Main"), true)).isEqualTo("Frankfurt am Main");
	}

	@Test
	void aVolunteeredCityNeedsACueThatTheCandidateLivesThere() {
		assertThat(this.cities.read(Utterance.of("I'm Piotr from Venlo"), false)).isEqualTo("Venlo");
		assertThat(this.cities.read(Utterance.of("I live near Zwolle"), false)).isEqualTo("Zwolle");
		assertThat(this.cities.read(Utterance.of("sorry, I meant Utrecht"), false)).isEqualTo("Utrecht");
		assertThat(this.cities.read(Utterance.of("I saw your warehouse job in Rotterdam"), false)).isNull();
	}

	@Test
	void placeNamesThatAreOrdinaryWordsCountOnlyWithACapital() {
		assertThat(this.cities.read(Utterance.of("I'm from Best"), false)).isEqualTo("Best");
		assertThat(this.cities.read(Utterance.of("I'm from the best team"), false)).isNull();
	}

	@Test
	void anUnknownPlaceGivenAsTheAnswerIsTakenAsSaidAndCapitalised() {
		assertThat(this.cities.read(Utterance.of("nieuw-lekkerland"), true)).isEqualTo("Nieuw-Lekkerland");
		assertThat(this.cities.read(Utterance.of("I live in ijsselmuiden"), true)).isEqualTo("IJsselmuiden");
		assertThat(this.cities.read(Utterance.of("Germany"), true)).isNull();
		assertThat(this.cities.read(Utterance.of("yes"), true)).isNull();
	}

	@Test
	void citiesMatchAcrossSpellings() {
		Cities cities = new Cities();
		assertThat(cities.sameCity("Den Haag", "The Hague")).isTrue();
		assertThat(cities.sameCity("koln", "Cologne")).isTrue();
		assertThat(cities.sameCity("Rotterdam", "Schiedam")).isFalse();
		assertThat(cities.sameCity("Nieuw-Lekkerland", "nieuw-lekkerland")).isTrue();
		assertThat(cities.canonical("Bruxelles")).isEqualTo("Brussels");
	}

}
