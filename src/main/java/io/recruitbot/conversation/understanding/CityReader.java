package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a candidate lives. A city from the gazetteer counts when it follows a cue of the phrasebook's
 * {@code [place-cue]} ("from Venlo", "I live in", "ik woon in", "mieszkam w", "sorry, I meant Utrecht") or when the
 * city was asked; "your job in Rotterdam" and "work around Rotterdam" are where the work is, not where they live.
 * Inflected ("z Rotterdamu") and misspelt ("schiedm") places are read after a cue or as the answer.
 * Asked, an unknown place is taken as said, capitalised: the gazetteer cannot know every village.
 */
final class CityReader {

	private static final Phrasebook PHRASES = Phrasebook.all();

	private static final Pattern CUE = PHRASES.pattern("place-cue");

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
		return read(utterance, asked, false);
	}

	/**
	 * Where the candidate lives, or null. {@code corrected}: the message corrects an earlier answer or answers another
	 * question, so a known place counts without a cue ("not Rotterdam but Schiedam" once the old value is struck) and
	 * nothing else is taken as said.
	 */
	String read(Utterance utterance, boolean asked, boolean corrected) {
		List<PhraseLexicon.Found> places = this.gazetteer.findAll(utterance);
		Set<Integer> afterCue = wordsAfterCue(utterance);
		for (PhraseLexicon.Found place : places) {
			if (afterCue.contains(place.start())) {
				return place.spelling();
			}
		}
		for (int i : afterCue) {
			if (!isKnownPlaceAt(places, i)) {
				PhraseLexicon.Found misspelt = this.gazetteer.forgivingTypo(utterance, i);
				if (misspelt != null) {
					return misspelt.spelling();
				}
			}
		}
		if (corrected && !places.isEmpty()) {
			return places.get(0).spelling();
		}
		if (!asked) {
			return null;
		}
		if (!places.isEmpty()) {
			return places.get(0).spelling();
		}
		for (int i = 0; i < Math.min(utterance.words().size(), 6); i++) {
			PhraseLexicon.Found misspelt = this.gazetteer.forgivingTypo(utterance, i);
			if (misspelt != null) {
				return misspelt.spelling();
			}
		}
		// a correction of another answer ("sorry, my e-mail is ...") is not a place the gazetteer does not know
		return corrected ? null : asSaid(utterance.text());
	}

	private static boolean isKnownPlaceAt(List<PhraseLexicon.Found> places, int index) {
		return places.stream().anyMatch((place) -> place.start() <= index && index < place.end());
	}

	/** The indexes of the words right after a cue ("live in" _, "z" _), found in one pass over the words. */
	private static Set<Integer> wordsAfterCue(Utterance utterance) {
		String bare = utterance.bare();
		Set<Integer> after = new TreeSet<>();
		Matcher cue = CUE.matcher(bare);
		while (cue.find()) {
			if (PHRASES.closes("job", bare.substring(0, cue.start()).stripTrailing())) {
				continue; // "warehouse work around Rotterdam" is where the work is, not where the candidate lives
			}
			int index = 0;
			for (int i = 0; i < cue.end(); i++) {
				if (bare.charAt(i) == ' ') {
					index++;
				}
			}
			if (index + 1 < utterance.words().size()) {
				after.add(index + 1);
			}
		}
		return after;
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
		String plain = Utterance.fold(lower);
		if (clause.isEmpty() || !PLACE.matcher(clause).matches() || Agreement.read(plain) != null
				|| Agreement.isUnsure(plain) || COUNTRIES.contains(lower)) {
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
