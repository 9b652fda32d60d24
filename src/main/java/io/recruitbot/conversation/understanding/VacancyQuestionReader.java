package io.recruitbot.conversation.understanding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;

/**
 * Recognises a question about a vacancy ("what is the salary?", "how many hours is the warehouse job?", "do I need
 * a licence?"), its topic, and the vacancy it points at by title words, city or role. A question that only shows
 * interest ("do you have work?", "is it still open?") is an application, not a vacancy question.
 */
final class VacancyQuestionReader {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	private static final Pattern GREETING = Pattern.compile("^(?:(?:hi|hello|hey|hoi|hallo|dear \\w+|good (?:morning|"
			+ "afternoon|evening)|goedemorgen|goedemiddag|goedenavond|guten (?:tag|morgen|abend)|moin|servus|grüß gott|"
			+ "cześć|czesc|dzień dobry|dzien dobry|witam|siema|hej)(?: there)?[\\s,!.:-]*)+");

	private static final Phrasebook PHRASES = Phrasebook.all();

	/** The phrasebook's labels for each topic, read in every supported language. */
	private static final Map<VacancyTopic, String> TOPIC_LABELS = Map.of(VacancyTopic.SALARY, "salary",
			VacancyTopic.AVAILABILITY, "start-date", VacancyTopic.LOCATION, "location", VacancyTopic.HOURS, "hours",
			VacancyTopic.REQUIREMENTS, "requirements");

	/**
	 * A question mark, or an English question inside the sentence; how a question opens is the phrasebook's
	 * {@code [question]} in each language ("heb je ...?" asks, "heb 2 jaar ervaring" does not).
	 */
	private static final Pattern ASKS = Pattern.compile("\\?|\\b(?:tell me|i'?d like to know|i want to know|wondering|"
			+ "can you tell|could you tell|more (?:info|information|details) (?:about|on)|info (?:about|on)|"
			+ "details (?:about|of|on)|more about)\\b");

	private static final Pattern SHOWS_INTEREST = Pattern.compile("\\b(?:do you have (?:any )?(?:\\w+ )?(?:work|jobs?|"
			+ "vacanc(?:y|ies)|positions?|openings?)|still (?:open|available|free|vacant)|are you (?:still )?hiring|"
			+ "can i apply|may i apply|how (?:do|can) i apply|is there (?:any )?(?:work|a job))\\b");

	private static final Pattern ABOUT_A_JOB = Pattern.compile("\\b(?:job|jobs|vacancy|vacancies|position|positions|role|"
			+ "roles|work|it|vacature|vacatures|baan|functie|company|employer|offer|offering|opportunities|options)\\b");

	private static final Map<VacancyTopic, Pattern> TOPICS = new LinkedHashMap<>();

	static {
		TOPICS.put(VacancyTopic.SALARY, Pattern.compile("\\b(?:salary|salaris|pay|pays|paid|payment|wage|wages|loon|"
				+ "earn|earning|earnings|money|how much|hourly rate|income|verdien|verdient|verdienen|compensation|bruto|"
				+ "netto|per month|a month)\\b"));
		TOPICS.put(VacancyTopic.AVAILABILITY, Pattern.compile("\\b(?:when (?:can|could|do|does|would|will|should) "
				+ "(?:i|it|the job|we|you|they) (?:start|begin)|start(?:ing)? date|when does (?:it|the \\w+ ?\\w*) "
				+ "(?:start|begin)|wanneer (?:kan ik )?(?:beginnen|starten)|how soon)\\b"));
		TOPICS.put(VacancyTopic.LOCATION, Pattern.compile("\\b(?:where|location|located|address|which city|what city|"
				+ "what place|far|commute|reach it|waar|locatie|adres|public transport|by train|by bus)\\b"));
		TOPICS.put(VacancyTopic.HOURS, Pattern.compile("\\b(?:hours|hour|uren|uur|full[- ]?time|part[- ]?time|shifts?|"
				+ "schedule|rooster|weekends?|nights?|evenings?|how many days|days a week|working days|werktijden|"
				+ "diensten|hours a week)\\b"));
		TOPICS.put(VacancyTopic.REQUIREMENTS, Pattern.compile("\\b(?:licen[cs]e|rijbewijs|requirements?|required|"
				+ "requires?|qualifications?|diploma|certificate|degree|experience|eisen|nodig|speak dutch|speak english|"
				+ "language|vca|registration|skills|(?:do|would|will|must|should) i (?:need|have to)|i need to have|"
				+ "need(?:ed)? for|necessary|verplicht)\\b"));
	}

	/** What a vacancy's title and city are in lexicon terms, worked out once per title and city. */
	private record Pointers(List<String> titleWords, List<String> titleRoles, String city) {
	}

	private final Map<String, Pointers> pointers = new ConcurrentHashMap<>();

	private final PhraseLexicon cities;

	private final PhraseLexicon roles;

	private final TextSimilarity similarity;

	VacancyQuestionReader(Lexicons lexicons, TextSimilarity similarity) {
		this.cities = lexicons.cities();
		this.roles = lexicons.roles();
		this.similarity = similarity;
	}

	/** The question the message asks, or null when it asks none about a vacancy. */
	VacancyQuestion read(Utterance utterance, List<Vacancy> vacancies) {
		return read(utterance, questions(utterance), vacancies);
	}

	/** The same, with the asking sentences already picked out ({@link #questions}). */
	VacancyQuestion read(Utterance utterance, Utterance asked, List<Vacancy> vacancies) {
		if (asked == null || asked.has("other-question")) {
			return null;
		}
		VacancyTopic topic = topicOrNull(asked);
		if (topic == null) {
			if (showsInterest(asked) || !(asked.matches(ABOUT_A_JOB) || asked.has("job"))) {
				return null;
			}
			topic = VacancyTopic.GENERAL;
		}
		Vacancy vacancy = pointedAt(utterance, vacancies);
		return new VacancyQuestion(topic, (vacancy != null) ? vacancy.id() : null);
	}

	/** The topic a message is about, GENERAL when it names none. */
	static VacancyTopic topicOf(Utterance utterance) {
		VacancyTopic topic = topicOrNull(utterance);
		return (topic != null) ? topic : VacancyTopic.GENERAL;
	}

	private static VacancyTopic topicOrNull(Utterance utterance) {
		for (Map.Entry<VacancyTopic, Pattern> topic : TOPICS.entrySet()) {
			if (utterance.matches(topic.getValue()) || utterance.has(TOPIC_LABELS.get(topic.getKey()))) {
				return topic.getKey();
			}
		}
		return null;
	}

	/** "Is it still open?", "nog beschikbaar?", "gibt es noch...?": interest in applying, not a question to answer. */
	static boolean showsInterest(Utterance asked) {
		return asked.matches(SHOWS_INTEREST) || asked.has("interest")
				|| (asked.has("looking-for") && !Lexicons.load().roles().findAll(asked).isEmpty());
	}

	/** The sentences of the message that ask something, or null when none does. */
	static Utterance questions(Utterance utterance) {
		return sentences(utterance, true);
	}

	/** The sentences that ask nothing ("I'm Piotr, a truck driver." before "What does it pay?"), or null. */
	static Utterance statements(Utterance utterance) {
		return sentences(utterance, false);
	}

	private static Utterance sentences(Utterance utterance, boolean asking) {
		StringBuilder picked = new StringBuilder();
		for (String sentence : SENTENCE_END.split(utterance.text())) {
			String lower = GREETING.matcher(sentence.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
			String plain = Utterance.fold(lower);
			boolean answersYes = !lower.contains("?") && Agreement.isShortYes(plain);
			boolean asks = !answersYes && (ASKS.matcher(lower).find() || PHRASES.opens("question", plain));
			if (asks == asking) {
				picked.append(asking ? lower : sentence.strip()).append(' ');
			}
		}
		return picked.isEmpty() ? null : Utterance.of(picked.toString());
	}

	/**
	 * The vacancy whose role the message names ("is the Java developer job remote?"); null when it names none, or
	 * several vacancies fit equally.
	 */
	Vacancy namedByRole(Utterance utterance, List<Vacancy> vacancies) {
		List<String> rolesNamed = this.roles.findAll(utterance).stream().map(PhraseLexicon.Found::canonical).toList();
		List<Vacancy> fitting = vacancies.stream()
			.filter((vacancy) -> !Boolean.FALSE.equals(vacancy.active()))
			.filter((vacancy) -> rolesNamed.stream().anyMatch(pointersOf(vacancy).titleRoles()::contains))
			.toList();
		return fitting.isEmpty() ? null : pointedAt(utterance, fitting);
	}

	/** The one vacancy the message names by title, city or role; null when none or several fit equally. */
	Vacancy pointedAt(Utterance utterance, List<Vacancy> vacancies) {
		List<Vacancy> open = vacancies.stream().filter((vacancy) -> !Boolean.FALSE.equals(vacancy.active())).toList();
		if (open.size() == 1) {
			return open.get(0);
		}
		Map<String, Integer> titleWordUse = new HashMap<>();
		open.forEach((vacancy) -> pointersOf(vacancy).titleWords().stream().distinct()
			.forEach((word) -> titleWordUse.merge(word, 1, Integer::sum)));
		List<String> placesNamed = this.cities.findAll(utterance).stream().map(PhraseLexicon.Found::canonical).toList();
		List<String> rolesNamed = this.roles.findAll(utterance).stream().map(PhraseLexicon.Found::canonical).toList();
		Vacancy best = null;
		double bestScore = 0;
		boolean tie = false;
		for (Vacancy vacancy : open) {
			double score = score(utterance, vacancy, titleWordUse, placesNamed, rolesNamed);
			if (score > bestScore) {
				best = vacancy;
				bestScore = score;
				tie = false;
			}
			else if (score > 0 && score == bestScore) {
				tie = true;
			}
		}
		return tie ? null : best;
	}

	private Pointers pointersOf(Vacancy vacancy) {
		if (this.pointers.size() > 10_000) {
			this.pointers.clear();
		}
		return this.pointers.computeIfAbsent(vacancy.title() + "\n" + vacancy.city(), (key) -> {
			Utterance title = Utterance.of(vacancy.title());
			PhraseLexicon.Found city = this.cities.whole(vacancy.city());
			return new Pointers(title.folded(),
					this.roles.findAll(title).stream().map(PhraseLexicon.Found::canonical).toList(),
					(city != null) ? city.canonical() : Utterance.fold(vacancy.city()));
		});
	}

	private double score(Utterance utterance, Vacancy vacancy, Map<String, Integer> titleWordUse,
			List<String> placesNamed, List<String> rolesNamed) {
		double score = 0;
		Pointers pointers = pointersOf(vacancy);
		for (String word : pointers.titleWords()) {
			if (word.length() > 1 && (utterance.hasWord(word) || utterance.hasWord(word + "s"))) {
				score += 1.0 / titleWordUse.getOrDefault(word, 1);
			}
		}
		if (placesNamed.contains(pointers.city()) || utterance.hasWord(pointers.city())) {
			score += 1.5;
		}
		for (String role : rolesNamed) {
			if (pointers.titleRoles().contains(role)) {
				score += 2;
			}
			else if (score == 0 && this.similarity.similarity(role, vacancy.title()) >= 0.6) {
				score += 1;
			}
		}
		return score;
	}

}
