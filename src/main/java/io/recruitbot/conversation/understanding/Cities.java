package io.recruitbot.conversation.understanding;

import org.springframework.stereotype.Component;

/**
 * The city gazetteer for matching: candidates keep their own spelling ("Den Haag"), vacancies may use another ("The
 * Hague"); both name the same city.
 */
@Component
public class Cities {

	private final PhraseLexicon gazetteer = Lexicons.load().cities();

	/** The gazetteer's name for a place ("Köln" and "Cologne" give "Cologne"), or the text itself when unknown. */
	public String canonical(String place) {
		if (place == null || place.isBlank()) {
			return place;
		}
		PhraseLexicon.Found found = this.gazetteer.whole(place);
		return (found != null) ? found.canonical() : place.strip();
	}

	public boolean sameCity(String first, String second) {
		return first != null && second != null && canonical(first).equalsIgnoreCase(canonical(second));
	}

}
