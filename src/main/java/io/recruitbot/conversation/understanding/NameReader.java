package io.recruitbot.conversation.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a person's name: after an introduction ("my name is", "I'm", "ik heet") anywhere, or as the whole answer when
 * the name was asked ("Jan de Vries"). Dutch and Arabic particles (de, van der, el) stay inside the name; greetings,
 * nationalities, roles, cities and ordinary words are never taken for a name.
 */
final class NameReader {

	private static final Set<String> PARTICLES = Set.of("de", "den", "der", "van", "von", "vd", "v.d.", "el", "al",
			"la", "le", "da", "das", "do", "dos", "du", "di", "del", "della", "ter", "ten", "te", "'t", "t", "bin", "ibn",
			"ben", "abu", "ait", "zu", "y");

	/** Ordinary words, from {@code understanding/not-names.txt}: a name word is none of them. */
	private static final Set<String> NOT_NAMES = ResourceLines.read("/understanding/not-names.txt")
		.stream()
		.flatMap((line) -> Arrays.stream(line.split("\\s+")))
		.collect(Collectors.toUnmodifiableSet());

	private enum Introduction { ALWAYS, CAPITALISED, ONLY_WHEN_ASKED }

	private static final Pattern ALWAYS = Pattern.compile("\\b(?:my name is|my name's|my names|name is|name's|"
			+ "mijn naam is|ik heet|i am called|i'm called|im called|you can call me|call me|je m'appelle|ich heiße|"
			+ "ich heisse|mein name ist|mein name is|me llamo|nazywam się|nazywam sie|mam na imię|mam na imie|"
			+ "moje imię to|moje imie to)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CAPITALISED = Pattern.compile("\\b(?:i'm|i am|ik ben|ich bin|this is|hier is|hier ist|"
			+ "tu|jestem)\\s+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WHEN_ASKED = Pattern.compile("^(?:it's|it is|its|im|that's|that is|dat is|het is|"
			+ "das ist|name:?|naam:?|sure[,!.]?|yes[,!.]?|ok[,!.]?|ja[,!.]?|tak[,!.]?)\\s+", Pattern.CASE_INSENSITIVE);

	/** "Jan here" or "Jan Smit here, from Breda" at the start of a message. */
	private static final Pattern NAME_HERE = Pattern.compile("(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?) here\\b");

	private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]*(['’]?[\\p{L}][\\p{L}'’.-]*)");

	private static final Pattern GREETING = Pattern.compile("^(?:(?:hi|hello|hey|hoi|hallo|dag|thanks|thank you|thx|"
			+ "good (?:morning|afternoon|evening)|goedemorgen|goedemiddag|goedenavond)(?: there)?\\b[\\s,!.:-]*)+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOSING = Pattern.compile("[\\s,.!:;-]*(?:thanks|thank you|thx|bedankt|dank je|dankjewel)?"
			+ "[\\s,.!:;)-]*$", Pattern.CASE_INSENSITIVE);

	private final List<PhraseLexicon> notNames;

	NameReader(List<PhraseLexicon> notNames) {
		this.notNames = notNames;
	}

	String read(String text, boolean asked) {
		boolean oneCase = text.equals(text.toLowerCase(Locale.ROOT)) || text.equals(text.toUpperCase(Locale.ROOT));
		String name = afterIntroduction(ALWAYS, text, true);
		if (name == null) {
			name = afterIntroduction(CAPITALISED, text, asked && oneCase);
		}
		if (name == null && oneCase) {
			name = lowerCaseIntroduction(text);
		}
		if (name == null) {
			Matcher here = NAME_HERE.matcher(GREETING.matcher(text.strip()).replaceFirst(""));
			name = here.lookingAt() && !isKnownWord(here.group(1).split(" ")[0]) ? here.group(1) : null;
		}
		if (name == null && asked) {
			String answer = CLOSING.matcher(GREETING.matcher(text.strip()).replaceFirst("")).replaceFirst("");
			Matcher lead = WHEN_ASKED.matcher(answer);
			while (lead.lookingAt()) {
				answer = answer.substring(lead.end());
				lead = WHEN_ASKED.matcher(answer);
			}
			Matcher here = NAME_HERE.matcher(answer); // "Sure! Tom Hendriks here"
			name = (here.lookingAt() && !isKnownWord(here.group(1).split(" ")[0])) ? here.group(1) : wholeAnswer(answer);
		}
		boolean nameInOneCase = name != null
				&& (name.equals(name.toLowerCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT)));
		return (oneCase || nameInOneCase) ? capitalise(name) : name;
	}

	/**
	 * "i am ahmed from eindhoven": without capitals a name is only taken when the sentence goes on as after a name
	 * ("from", "and", a comma), so "i am motivated to learn" gives none.
	 */
	private String lowerCaseIntroduction(String text) {
		String name = afterIntroduction(CAPITALISED, text, true);
		if (name == null || name.split(" ").length > 3) {
			return null;
		}
		Pattern endsLikeAName = Pattern.compile(Pattern.quote(name) + "\\s*(?:$|[,.!;]|(?:from|and|here|uit|en)\\b)",
				Pattern.CASE_INSENSITIVE);
		return endsLikeAName.matcher(text).find() ? name : null;
	}

	private String afterIntroduction(Pattern introduction, String text, boolean lowerCaseAllowed) {
		Matcher matcher = introduction.matcher(text);
		while (matcher.find()) {
			String name = nameAt(text, matcher.end(), lowerCaseAllowed);
			if (name != null) {
				return name;
			}
		}
		return null;
	}

	/** The name words starting at {@code from}: capitalised words and particles, up to punctuation or another word. */
	private String nameAt(String text, int from, boolean lowerCaseAllowed) {
		List<String> words = new ArrayList<>();
		Matcher matcher = NEXT_WORD.matcher(text);
		matcher.region(from, text.length());
		while (words.size() < 6 && matcher.find()) {
			String word = matcher.group(1).replaceAll("(?<=\\p{L}{2})\\.+$", "");
			String lower = word.toLowerCase(Locale.ROOT);
			boolean particle = PARTICLES.contains(lower) && !words.isEmpty();
			boolean nameWord = (lowerCaseAllowed || Character.isUpperCase(word.codePointAt(0)))
					&& !NOT_NAMES.contains(lower) && !(words.isEmpty() && isKnownWord(word));
			if (!particle && !nameWord) {
				break;
			}
			words.add(word);
		}
		while (!words.isEmpty() && PARTICLES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
			words.remove(words.size() - 1);
		}
		return words.isEmpty() ? null : String.join(" ", words);
	}

	/** The whole answer as a name, when it looks like one: a few name words and nothing else. */
	private String wholeAnswer(String answer) {
		String clause = answer.split("[,!?;\\n(]| - |(?<=\\p{L}{2})\\.(?:\\s|$)", 2)[0].strip();
		String name = nameAt(clause, 0, true);
		if (name == null || name.length() != clause.length() || name.split(" ").length > 5) {
			return null;
		}
		for (PhraseLexicon lexicon : this.notNames) {
			if (lexicon.whole(name) != null) {
				return null;
			}
		}
		return name;
	}

	private boolean isKnownWord(String word) {
		return this.notNames.stream().anyMatch((lexicon) -> lexicon.contains(word));
	}

	/** "jan de vries" becomes "Jan de Vries": particles stay lower case unless they open the name. */
	static String capitalise(String name) {
		if (name == null) {
			return null;
		}
		String[] words = name.toLowerCase(Locale.ROOT).split(" ");
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			boolean particle = i > 0 && PARTICLES.contains(word);
			result.append((i > 0) ? " " : "").append(particle ? word : capitaliseParts(word));
		}
		return result.toString();
	}

	private static String capitaliseParts(String word) {
		StringBuilder result = new StringBuilder(word.length());
		boolean start = true;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			result.append(start ? Character.toUpperCase(c) : c);
			start = c == '-' || c == '\'' || c == '.';
		}
		return result.toString();
	}

}
