package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction agent's offline reading: every profile fact a message carries, read generously for the field that
 * was asked and strictly (only with a clear cue) for the others, so "I quit my last job in May" asked for
 * availability gives availability and nothing else.
 */
final class ProfileFactReader {

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");

	/** An address spelled out to fool spam filters: "jan at example dot com". */
	private static final Pattern SPELLED_EMAIL = Pattern.compile("([\\p{L}0-9._%+-]+)\\s*(?:\\(at\\)|\\[at\\]|\\bat\\b)\\s*"
			+ "([\\p{L}0-9-]+)\\s*(?:\\(dot\\)|\\[dot\\]|\\bdot\\b|\\.)\\s*(\\p{L}{2,})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SPEAKS = Pattern.compile("\\b(speak|speaks|spoken|fluent|native|talk|languages?|"
			+ "spreek|spreken|sprachen?|sprechen|mother tongue|moedertaal|bilingual|understand|write)\\b");

	private static final Pattern AVAILABLE = Phrasebook.all().pattern("available");

	private static final Pattern AVAILABLE_FROM = Pattern.compile("\\b(?:i can start|i could start|i can begin|"
			+ "available (?:from|as of|starting|in|on|per|immediately|right away|now)|start(?:ing)? (?:from|on|per|in)|"
			+ "beschikbaar (?:per|vanaf|over)|kan (?:per direct|direct) beginnen)\\b\\s*([^.!?,;]{0,60})");

	private static final Pattern SALARY = Pattern.compile("(?:€\\s*\\d[\\d.,]*\\s*k?|\\b\\d[\\d.,]*\\s*(?:k\\b|euros?\\b|"
			+ "eur\\b|€|,-))(?:\\s*(?:gross|net|bruto|netto))?(?:\\s*(?:per|a|an|/|each)\\s*(?:hour|month|year|week|maand|uur|"
			+ "jaar|h|hr|mo|m))?");

	private static final Pattern WANTS_PAY = Pattern.compile("\\b(expect|expecting|would like|want|hoping|hope|looking for|"
			+ "at least|minimum|minimaal|salary|earn|wage|ask|asking)\\b");

	private final NameReader names;

	private final CityReader cities;

	private final RoleReader roles;

	private final PhraseLexicon languages;

	private final PhraseLexicon freeToWork;

	ProfileFactReader(Lexicons lexicons) {
		this.names = new NameReader(List.of(lexicons.cities(), lexicons.nationalities(), lexicons.languages(),
				lexicons.roles()));
		this.cities = new CityReader(lexicons.cities());
		this.roles = new RoleReader(lexicons.roles());
		this.languages = lexicons.languages();
		this.freeToWork = lexicons.nationalities();
	}

	/**
	 * {@code thisYear} reads "since 2019" as years of experience; {@code corrected}: the message corrects an earlier
	 * answer, so its struck-out old values ("not 4", "niet Rotterdam") are left out and the new one is taken.
	 */
	ProfileFacts read(Utterance utterance, ScreeningField asked, int thisYear, boolean corrected) {
		if (corrected) {
			utterance = Utterance.of(Corrections.withoutStruckValues(utterance.text()));
		}
		String email = email(utterance.text());
		if (email == null && asked == ScreeningField.EMAIL) {
			Matcher spelled = SPELLED_EMAIL.matcher(utterance.text());
			email = spelled.find() ? (spelled.group(1) + "@" + spelled.group(2) + "." + spelled.group(3)).toLowerCase(Locale.ROOT)
					: null;
		}
		Utterance rest = (email != null) ? Utterance.of(EMAIL.matcher(utterance.text()).replaceAll(" ")) : utterance;
		String plain = rest.plain();
		String introduced = this.names.read(rest.text(), asked == ScreeningField.NAME);
		// the full name is asked for: a first name said in passing ("hoi, ik ben youssef") leaves the question to come
		String name = (introduced == null || introduced.contains(" ") || asked == ScreeningField.NAME) ? introduced
				: null;
		// "sorry, wrong address, it is x@y" while the city is asked: the message answers another question, so the rest
		// of it is no answer as said (a place, role or date it names still counts)
		boolean givesEmail = email != null && asked != ScreeningField.EMAIL;
		String city = this.cities.read(rest, asked == ScreeningField.CITY,
				corrected || (givesEmail && asked == ScreeningField.CITY));
		Double years = YearsOfExperience.read(plain, asked == ScreeningField.YEARS_EXPERIENCE, corrected, thisYear,
				introduced);
		Integer hours = WeeklyHours.read(plain, asked == ScreeningField.HOURS_PER_WEEK, corrected);
		// so does a correction of another answer: "wait, I meant 6 years, not 5" while availability is asked is no
		// date, and the no of "nee sorry, 32 uur bedoel ik" while the licence is asked is no answer to it
		boolean answersAnother = givesEmail || (corrected && ((city != null && asked != ScreeningField.CITY)
				|| (years != null && asked != ScreeningField.YEARS_EXPERIENCE)
				|| (hours != null && asked != ScreeningField.HOURS_PER_WEEK)
				|| (name != null && asked != ScreeningField.NAME)));
		return new ProfileFacts(null,
				name,
				email,
				city,
				(asked == ScreeningField.YEARS_EXPERIENCE) ? null
						: this.roles.read(rest, asked == ScreeningField.DESIRED_ROLE && !answersAnother),
				years,
				availability(rest, asked == ScreeningField.AVAILABILITY && !answersAnother),
				hours,
				Permits.drivingLicense(plain, asked == ScreeningField.DRIVING_LICENSE && !answersAnother),
				Permits.workPermit(rest, this.freeToWork, asked == ScreeningField.WORK_PERMIT && !answersAnother),
				languages(rest, asked == ScreeningField.LANGUAGES),
				salaryExpectation(rest, asked == ScreeningField.SALARY_EXPECTATION && !answersAnother));
	}

	static String email(String text) {
		Matcher matcher = EMAIL.matcher(text);
		String email = null;
		while (matcher.find()) {
			email = matcher.group().toLowerCase(Locale.ROOT); // the last one: "not a@b.nl but c@d.nl"
		}
		return email;
	}

	private List<String> languages(Utterance utterance, boolean asked) {
		if (!asked && !SPEAKS.matcher(utterance.lower()).find()) {
			return null;
		}
		List<String> spoken = this.languages.findAll(utterance)
			.stream()
			.map(PhraseLexicon.Found::canonical)
			.distinct()
			.toList();
		return spoken.isEmpty() ? null : spoken;
	}

	private static String availability(Utterance utterance, boolean asked) {
		if (asked) {
			return asSaid(utterance.text());
		}
		Matcher matcher = AVAILABLE_FROM.matcher(utterance.lower());
		if (matcher.find()) {
			String when = matcher.group(1).strip();
			return when.isEmpty() ? matcher.group().strip() : when;
		}
		Matcher phrase = AVAILABLE.matcher(utterance.plain());
		if (!phrase.find()) {
			return null;
		}
		int start = phrase.start();
		int end = phrase.end();
		while (phrase.find()) { // "mogę zacząć" ... "od zaraz": from the first phrase to the last
			end = phrase.end();
		}
		// the words as written (with their accents) when folding kept the positions, as it does for most text
		String source = (utterance.lower().length() == utterance.plain().length()) ? utterance.lower() : utterance.plain();
		return source.substring(start, end).strip();
	}

	private static String salaryExpectation(Utterance utterance, boolean asked) {
		if (asked) {
			return asSaid(utterance.text());
		}
		Matcher amount = SALARY.matcher(utterance.lower());
		return (WANTS_PAY.matcher(utterance.lower()).find() && amount.find()) ? amount.group().strip() : null;
	}

	/** A free-text answer as the candidate wrote it, without surrounding punctuation; null when empty. */
	private static String asSaid(String text) {
		String answer = text.strip().replaceAll("^[\\s,.!?;:-]+|[\\s,.!?;:-]+$", "");
		if (answer.isEmpty() || Agreement.isUnsure(Utterance.fold(answer))) {
			return null;
		}
		return (answer.length() > 200) ? answer.substring(0, 200) : answer;
	}

}
