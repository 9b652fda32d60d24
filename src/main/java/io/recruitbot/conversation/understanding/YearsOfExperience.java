package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recruitbot.conversation.understanding.SpokenNumbers.SpokenNumber;

/**
 * Years of work experience in any supported language: "about 4 years", "6 Jahre", "pięć lat", "twee jaar", "18 months"
 * (1.5), "een jaar of vijf" (about five), "a year and a half", "since 2019", "from 2019 to 2023", and 0 for "no
 * experience", "geen ervaring", "first job". Ages ("I'm 25 years old", "mam 25 lat", "ik ben Ruud, 41 jaar") and years
 * lived somewhere ("ik woon al 3 jaar in Delft") are not experience. Units and cues are the phrasebook's
 * {@code [years]}, {@code [months]}, {@code [no-experience]}, {@code [experience]}, {@code [age]}, {@code [residence]},
 * {@code [from-now]} and {@code [since]}.
 */
final class YearsOfExperience {

	private static final Phrasebook PHRASES = Phrasebook.all();

	private static final Pattern NONE = PHRASES.pattern("no-experience");

	private static final Pattern UNDER_A_YEAR = Pattern.compile("\\b(?:less than|under|not even|minder dan|weniger als|"
			+ "unter|mniej niz|ponizej)\\s+(?:a|one|1|een|ein|einem|jeden|jednego)?\\s*" + PHRASES.alternation("years"));

	private static final Pattern NONE_WHEN_ASKED = Pattern.compile("^(?:none|no|nope|nothing|zero|nul|geen|keine|keins|"
			+ "nein|nie|brak|zadnego|zadnej|not yet|none yet|nog niet|noch nicht|jeszcze nie|i'?m a beginner|beginner|"
			+ "starter|anfanger|poczatkujacy)(?![\\p{L}\\p{N}])");

	private static final Pattern YEARS_AFTER = Pattern.compile("^\\s*\\+?\\s*(?:full |whole |volle |hele |pelne )?"
			+ PHRASES.alternation("years") + "(?![\\p{L}\\p{N}])");

	private static final Pattern MONTHS_AFTER = Pattern.compile("^\\s*\\+?\\s*" + PHRASES.alternation("months")
			+ "(?![\\p{L}\\p{N}])");

	/** "in a month", "binnen 2 weken", "za miesiąc": when someone can start, not how long they have worked. */
	private static final Pattern FROM_NOW_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])" + PHRASES.alternation("from-now")
			+ "\\s+(?:about\\s+|around\\s+|roughly\\s+|ongeveer\\s+|etwa\\s+|ungefahr\\s+|okolo\\s+)?$");

	private static final Pattern AGE_AFTER = Pattern.compile("^[^,.;]{0,12}(?<![\\p{L}])" + PHRASES.alternation("age")
			+ "(?![\\p{L}])");

	private static final Pattern AGE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:mam|ich bin|ik ben|i'?m|i am)\\s+$");

	private static final int YOUNGEST_WORKING_AGE = 15;

	/** Years with nothing else in their clause ("41 jaar" in "ik ben Ruud Bakker, 41 jaar, ..."). */
	private static final Pattern YEARS_ALONE = Pattern.compile("\\s*" + PHRASES.alternation("years") + "\\s*");

	private static final Pattern HALF_AFTER = Pattern.compile("^[^,.;]{0,12}\\b(?:and a half|en een half|und ein halb|"
			+ "i pol)\\b");

	/** "half a year", "een half jaar", "ein halbes Jahr", "pół roku". */
	private static final Pattern HALF_A_YEAR = Pattern.compile("(?<![\\p{L}])(?:half a year|half year|een half jaar|"
			+ "half jaar|ein halbes jahr|halbes jahr|pol roku)(?![\\p{L}])");

	/** "rok", "a year", "een jaar", "ein Jahr" as the whole answer: one year said without a number. */
	private static final Pattern ONE_YEAR_WHEN_ASKED = Pattern.compile("^(?:about |around |roughly |almost |ongeveer |"
			+ "bijna |circa |etwa |ungefahr |fast |okolo |prawie |ponad )?(?:a |one |een |ein |jeden )?(?:year|jaar|jahr|"
			+ "rok)(?![\\p{L}\\p{N}])");

	private static final Pattern EXPERIENCE_CONTEXT = PHRASES.pattern("experience");

	/** "een jaar of vijf", "een maand of acht": Dutch for about five years, about eight months, the unit first. */
	private static final Pattern UNIT_FIRST = Pattern.compile("(?<![\\p{L}])(?:een|'n)\\s+(jaar|jaartje|maand|maanden)"
			+ "\\s+of\\s+([\\p{L}\\p{N}-]+)");

	/** "from 2019 to 2023", "van 2015 tot 2020", "2018-2022": the years between. */
	private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\p{L}\\p{N}])((?:19|20)\\d\\d)\\s*"
			+ "(?:-|–|to|till|until|tot|t/m|bis|do)\\s*((?:19|20)\\d\\d)(?![\\p{N}])");

	private static final Pattern SINCE_YEAR = Pattern.compile("(?<![\\p{L}])" + PHRASES.alternation("since")
			+ "\\s+((?:19|20)\\d\\d)\\b");

	private YearsOfExperience() {
	}

	/**
	 * Reads the folded text. {@code thisYear} turns "since 2019" into years; {@code corrected} takes "6 years" as an
	 * answer even without a word about work ("oh wait, 6 years not 4"); {@code name}, the name the candidate gave in
	 * the same message (or null), tells an age said right after it ("Ruud Bakker, 41 jaar") from experience.
	 */
	static Double read(String plain, boolean asked, boolean corrected, int thisYear, String name) {
		if (NONE.matcher(plain).find() || (asked && NONE_WHEN_ASKED.matcher(plain).find())) {
			return 0.0;
		}
		if (UNDER_A_YEAR.matcher(plain).find()) {
			return 0.5;
		}
		boolean aboutWork = asked || corrected || EXPERIENCE_CONTEXT.matcher(plain).find();
		List<SpokenNumber> numbers = SpokenNumbers.findAll(plain, true);
		Matcher half = HALF_A_YEAR.matcher(plain);
		// "over een half jaar" is when someone can start, as "in 2 months" is; "trzy i pół roku" is three and a half
		if (aboutWork && half.find() && !FROM_NOW_BEFORE.matcher(plain.substring(0, half.start())).find()
				&& numbers.stream().noneMatch((number) -> number.start() < half.start() && half.start() < number.end())) {
			return 0.5;
		}
		Matcher range = YEAR_RANGE.matcher(plain);
		while (aboutWork && range.find()) {
			int years = Integer.parseInt(range.group(2)) - Integer.parseInt(range.group(1));
			if (years > 0 && years <= 60 && Integer.parseInt(range.group(2)) <= thisYear
					&& !aboutResidence(plain, range.start(), range.end())) {
				return (double) years;
			}
		}
		Matcher unitFirst = UNIT_FIRST.matcher(plain);
		if (aboutWork && unitFirst.find() && !aboutResidence(plain, unitFirst.start(), unitFirst.end())) {
			List<SpokenNumber> about = SpokenNumbers.findAll(unitFirst.group(2), false);
			if (!about.isEmpty() && about.get(0).value() <= 60) {
				double value = about.get(0).value();
				return unitFirst.group(1).startsWith("maand") ? Math.round(value / 12 * 10) / 10.0 : value;
			}
		}
		Matcher since = SINCE_YEAR.matcher(plain);
		while (aboutWork && since.find()) {
			int years = thisYear - Integer.parseInt(since.group(1));
			if (years >= 0 && years <= 60 && !aboutResidence(plain, since.start(), since.end())) {
				return (double) years;
			}
		}
		for (int i = 0; i < numbers.size(); i++) {
			SpokenNumber number = numbers.get(i);
			String after = plain.substring(number.end());
			String before = plain.substring(0, number.start());
			// up to the next number or clause: in "mam 45 lat i 20 lat doświadczenia" the experience is the 20's
			int next = (i + 1 < numbers.size()) ? numbers.get(i + 1).start() : plain.length();
			String own = Utterance.CLAUSE_BREAK.split(plain.substring(number.end(), next), 2)[0];
			if (AGE_AFTER.matcher(after).find() || FROM_NOW_BEFORE.matcher(before).find()
					|| (!asked && isAge(before, number.value(), own, name))
					|| aboutResidence(plain, number.start(), number.end())) {
				continue;
			}
			Double years = null;
			if (YEARS_AFTER.matcher(after).find()) {
				years = number.value() + (HALF_AFTER.matcher(after).find() ? 0.5 : 0);
			}
			else if (MONTHS_AFTER.matcher(after).find()) {
				years = Math.round(number.value() / 12 * 10) / 10.0;
			}
			if (years != null && years <= 60 && aboutWork) {
				return years;
			}
		}
		if (asked && ONE_YEAR_WHEN_ASKED.matcher(plain.strip()).find()) {
			return 1.0;
		}
		if (asked) {
			return SpokenNumbers.findAll(plain, false)
				.stream()
				.map(SpokenNumber::value)
				.filter((value) -> value <= 60)
				.findFirst()
				.orElse(null);
		}
		return null;
	}

	/**
	 * The time between {@code from} and {@code to} is how long the candidate has lived somewhere: "ich wohne seit zwei
	 * Jahren in Amersfoort", "I've lived here since 2019".
	 */
	private static boolean aboutResidence(String plain, int from, int to) {
		int start = 0;
		Matcher boundary = Utterance.CLAUSE_BREAK.matcher(plain);
		while (boundary.find() && boundary.end() <= from) {
			start = boundary.end();
		}
		int end = boundary.find(to) ? boundary.start() : plain.length();
		return PHRASES.has("residence", plain.substring(start, end));
	}

	/**
	 * Years that are the candidate's age: after "mam", "ik ben", "I'm" unless they are experience ("mam 25 lat", but
	 * "mam 5 lat doświadczenia"), or alone in the clause after the name the message gives ("ik ben Ruud Bakker, 41 jaar,
	 * ...") when they can be the age of someone looking for work. {@code own}: the words of this number, up to the next
	 * number or clause.
	 */
	private static boolean isAge(String before, double years, String own, String name) {
		if (AGE_BEFORE.matcher(before).find()) {
			return !EXPERIENCE_CONTEXT.matcher(own).find();
		}
		return name != null && years >= YOUNGEST_WORKING_AGE && YEARS_ALONE.matcher(own).matches()
				&& before.stripTrailing().endsWith(Utterance.fold(name) + ",");
	}

}
