package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every place of the gazetteer has coordinates ({@code understanding/coordinates.txt}), so matching goes by distance. */
class CityDistanceTests {

	private final Cities cities = new Cities();

	@ParameterizedTest(name = "{0} to {1} is about {2} km")
	@CsvSource({ "Breda, Tilburg, 22", "Schiedam, Rotterdam, 6", "Helmond, Eindhoven, 14", "Groningen, Tilburg, 210",
			"Amsterdam, Utrecht, 35", "Enschede, Hengelo, 9", "Maastricht, Aachen, 30", "Venlo, Nijmegen, 58",
			"Leiden, The Hague, 15", "Zwolle, Deventer, 32", "Antwerp, Breda, 48" })
	void straightLineDistancesBetweenPlacesAreRight(String from, String to, double kilometres) {
		assertThat(this.cities.kilometresBetween(from, to)).hasValueCloseTo(kilometres, within(3.0));
		assertThat(this.cities.kilometresBetween(to, from)).hasValueCloseTo(kilometres, within(3.0));
	}

	@Test
	void everySpellingOfAPlaceLiesWhereTheCanonicalNameLies() {
		assertThat(this.cities.coordinates("Den Bosch")).isEqualTo(this.cities.coordinates("'s-Hertogenbosch"))
			.isPresent();
		assertThat(this.cities.coordinates("Den Haag")).isEqualTo(this.cities.coordinates("The Hague"));
		assertThat(this.cities.coordinates("Köln")).isEqualTo(this.cities.coordinates("Cologne"));
		assertThat(this.cities.coordinates("luik")).isEqualTo(this.cities.coordinates("Liège"));
		assertThat(this.cities.kilometresBetween("Den Bosch", "Oss")).hasValueCloseTo(19.0, within(3.0));
	}

	@Test
	void aPlaceTheGazetteerDoesNotKnowHasNoCoordinates() {
		assertThat(this.cities.coordinates("Atlantis")).isEmpty();
		assertThat(this.cities.coordinates(null)).isEmpty();
		assertThat(this.cities.kilometresBetween("Atlantis", "Tilburg")).isEmpty();
	}

	@Test
	void everyPlaceOfTheGazetteerHasCoordinatesInTheLowCountriesOrGermany() {
		List<String> places = ResourceLines.read("/understanding/cities.txt")
			.stream()
			.map((line) -> line.split("\\|")[0].replace("?", "").strip())
			.toList();
		assertThat(places).hasSizeGreaterThan(600);
		assertThat(places).allSatisfy((place) -> assertThat(this.cities.coordinates(place)).as(place)
			.hasValueSatisfying((where) -> {
				assertThat(where.latitude()).isBetween(47.0, 55.5);
				assertThat(where.longitude()).isBetween(2.5, 15.0);
			}));
	}

	@Test
	void everyDutchMunicipalityACandidateMayNameIsKnown() {
		for (String place : List.of("Zundert", "Altena", "Nunspeet", "Hendrik-Ido-Ambacht", "Oisterwijk", "Land van Cuijk",
				"Wijk bij Duurstede", "Ameland", "Westerwolde", "Krimpenerwaard", "Bodegraven-Reeuwijk", "Staphorst")) {
			assertThat(Lexicons.load().cities().whole(place)).as(place).isNotNull();
			assertThat(this.cities.coordinates(place.toLowerCase(Locale.ROOT))).as(place).isPresent();
		}
	}

	@Test
	void aTownThatIsAlsoAFirstNameIsNoPlaceToReadButLiesWhereItLies() {
		assertThat(Lexicons.load().cities().whole("Axel")).isNull();
		assertThat(this.cities.kilometresBetween("Axel", "Terneuzen")).hasValueCloseTo(8.0, within(3.0));
	}

	@Test
	void oneDegreeOfLatitudeIsAbout111Kilometres() {
		assertThat(new Coordinates(51, 5).kilometresTo(new Coordinates(52, 5))).isCloseTo(111.2, within(0.1));
		assertThat(new Coordinates(51, 5).kilometresTo(new Coordinates(51, 5))).isZero();
	}

}
