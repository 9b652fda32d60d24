package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a candidate lives. A city from the gazetteer counts when it follows a cue ("from Venlo", "I live in", "near",
 * "sorry, I meant Utrecht") or when the city was asked; "your job in Rotterdam" is the vacancy's city, not theirs.
 * Asked, an unknown place is taken as said, capitalised: the gazetteer cannot know every village.
 */
final class CityReader {

	private static final List<String> CUES = List.of("from", "uit", "near", "nearby", "close to", "around", "live in",
			"living in", "lives in", "based in", "located in", "i'm in", "i am in", "im in", "reside in", "residing in",
			"stay in", "staying in", "moved to", "woon in", "wonend in", "woonachtig in", "in de buurt van", "bij",
			"meant", "actually", "correction", "wohne in", "city is", "town is", "place is", "woonplaats");

	private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:i|we)\\s+(?:live|am living|'m living|reside|stay|am staying)"
			+ "\\s+(?:in|near|close to|at|around)|i'?m\\s+(?:based\\s+|living\\s+|located\\s+)?(?:in|near)|i am\\s+(?:based\\s+|"
			+ "living\\s+|located\\s+)?(?:in|near)|i'?m from|i am from|i come from|from|based in|living in|near|close to|"
			+ "around|in|ik woon in|ik woon|in de buurt van|bij|my city is|my town is|city:?|woonplaats:?)\\s+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PLACE = Pattern.compile("[\\p{L}'’][\\p{L}'’.-]*(?:\\s+[\\p{L}'’][\\p{L}'’.-]*){0,3}");

	private static final Set<String> PLACE_PARTICLES = Set.of("aan", "den", "de", "op", "in", "bij", "ter", "ten", "'t",
			"'s", "am", "an", "der", "im", "sur", "la", "le", "en");

	private static final Set<String> COUNTRIES = Set.of("netherlands", "the netherlands", "holland", "nederland",
			"belgium", "belgie", "belgië", "germany", "deutschland", "duitsland", "poland", "polska", "luxembourg",
			"france", "spain", "portugal", "italy", "romania", "bulgaria", "turkey", "morocco", "syria", "ukraine", "europe",
			"uk", "england", "eu");

	private final PhraseLexicon gazetteer;

	CityReader(PhraseLexicon gazetteer) {
		this.gazetteer = gazetteer;
	}

	String read(Utterance utterance, boolean asked) {
		List<PhraseLexicon.Found> places = this.gazetteer.findAll(utterance);
		for (PhraseLexicon.Found place : places) {
			if (followsCue(utterance, place.start())) {
				return place.spelling();
			}
		}
		if (!asked) {
			return null;
		}
		return places.isEmpty() ? asSaid(utterance.text()) : places.get(0).spelling();
	}

	private static boolean followsCue(Utterance utterance, int start) {
		String before = String.join(" ", utterance.folded().subList(Math.max(0, start - 4), start));
		return CUES.stream().anyMatch((cue) -> before.endsWith(" " + cue) || before.equals(cue));
	}

	/** The answer to "where do you live?" without its lead-in, when it reads as a place name. */
	private static String asSaid(String text) {
		String answer = text.strip();
		Matcher lead = LEAD_IN.matcher(answer);
		while (lead.lookingAt()) {
			answer = answer.substring(lead.end());
			lead = LEAD_IN.matcher(answer);
		}
		String clause = answer.split("[,.!?;\\n(]", 2)[0].strip();
		String lower = clause.toLowerCase(Locale.ROOT);
		if (clause.isEmpty() || !PLACE.matcher(clause).matches() || Agreement.read(lower) != null
				|| Agreement.isUnsure(lower) || COUNTRIES.contains(lower)) {
			return null;
		}
		return clause.equals(clause.toLowerCase(Locale.ROOT)) || clause.equals(clause.toUpperCase(Locale.ROOT))
				? capitalise(clause) : clause;
	}

	/** "bergen op zoom" becomes "Bergen op Zoom", "ijsselmonde" becomes "IJsselmonde". */
	static String capitalise(String place) {
		String[] words = place.toLowerCase(Locale.ROOT).split("\\s+");
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			result.append((i > 0) ? " " : "");
			if (i > 0 && PLACE_PARTICLES.contains(word)) {
				result.append(word);
			}
			else {
				result.append(capitaliseParts(word));
			}
		}
		return result.toString();
	}

	private static String capitaliseParts(String word) {
		if (word.startsWith("'s-") || word.startsWith("'t-")) {
			return word.substring(0, 3) + capitaliseParts(word.substring(3));
		}
		StringBuilder result = new StringBuilder(word.length());
		boolean start = true;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (start && word.startsWith("ij", i)) {
				result.append("IJ");
				i++;
				start = false;
				continue;
			}
			result.append(start ? Character.toUpperCase(c) : c);
			start = c == '-';
		}
		return result.toString();
	}

}
