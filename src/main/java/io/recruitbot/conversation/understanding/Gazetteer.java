package io.recruitbot.conversation.understanding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinates of the places in {@code cities.txt}, read from {@code coordinates.txt} (GeoNames, CC BY 4.0): one
 * place a line, {@code Name | latitude | longitude}, keyed by the place's canonical name.
 */
final class Gazetteer {

	private final Map<String, Coordinates> places = new HashMap<>();

	private Gazetteer() {
	}

	static Gazetteer load(String resource) {
		Gazetteer gazetteer = new Gazetteer();
		for (String line : ResourceLines.read(resource)) {
			String[] parts = line.split("\\|");
			if (parts.length != 3) {
				throw new IllegalStateException(resource + ": expected 'Name | latitude | longitude', got " + line);
			}
			gazetteer.places.putIfAbsent(key(parts[0]),
					new Coordinates(Double.parseDouble(parts[1].strip()), Double.parseDouble(parts[2].strip())));
		}
		return gazetteer;
	}

	Optional<Coordinates> find(String name) {
		return Optional.ofNullable(this.places.get(key(name)));
	}

	int size() {
		return this.places.size();
	}

	private static String key(String name) {
		return String.join(" ", Utterance.of(name).folded());
	}

}
