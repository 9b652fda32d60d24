package io.recruitbot.conversation.understanding;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The city gazetteer for matching: candidates keep their own spelling ("Den Haag"), vacancies may use another ("The
 * Hague"); both name the same city, and every place it knows has coordinates, so matching can go by distance.
 */
@Component
public class Cities {

	// loaded on first use (or by the offline reader's preparation once the service is ready), not during start-up
	private final Supplier<PhraseLexicon> gazetteer = SingletonSupplier.of(() -> Lexicons.load().cities());

	private final Supplier<Gazetteer> coordinates = SingletonSupplier
		.of(() -> Gazetteer.load("/understanding/coordinates.txt"));

	/** The gazetteer's name for a place ("Köln" and "Cologne" give "Cologne"), or the text itself when unknown. */
	public String canonical(String place) {
		return this.gazetteer.get().canonical(place);
	}

	public boolean sameCity(String first, String second) {
		return first != null && second != null && canonical(first).equalsIgnoreCase(canonical(second));
	}

	/** Where the place lies ("Den Bosch" is 's-Hertogenbosch); empty for a place the gazetteer does not know. */
	public Optional<Coordinates> coordinates(String place) {
		if (place == null || place.isBlank()) {
			return Optional.empty();
		}
		return this.coordinates.get().find(canonical(place)).or(() -> this.coordinates.get().find(place));
	}

	/** The straight-line distance in km between two places; empty when either is unknown. */
	public OptionalDouble kilometresBetween(String first, String second) {
		Optional<Coordinates> from = coordinates(first);
		Optional<Coordinates> to = coordinates(second);
		return (from.isPresent() && to.isPresent()) ? OptionalDouble.of(from.get().kilometresTo(to.get()))
				: OptionalDouble.empty();
	}

}
