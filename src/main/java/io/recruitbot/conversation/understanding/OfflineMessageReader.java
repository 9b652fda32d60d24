package io.recruitbot.conversation.understanding;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The router and extraction agents' understanding when no LLM is configured. Rules decide what they can decide with
 * certainty (opt-out keywords, data erasure, a request for a person, vacancy questions, answers to the question
 * asked); only the rest is embedded once and routed to the intent of the nearest example sentence.
 */
@Component("offlineMessageReader")
@Fallback // the workflow reads through llm.LlmConfiguration's reader, which is this one when no model is configured
public class OfflineMessageReader implements MessageReader {

	private static final Logger log = LoggerFactory.getLogger(OfflineMessageReader.class);

	/** How close a message must be to an example before a consequential intent is taken from it. */
	private static final Map<Intent, Double> REQUIRED_SIMILARITY = Map.of(Intent.OPT_OUT, 0.8, Intent.ERASE_DATA, 0.8,
			Intent.WANTS_HUMAN, 0.75, Intent.OPT_IN, 0.8, Intent.APPLY, 0.45, Intent.VACANCY_QUESTION, 0.55,
			Intent.SMALLTALK, 0.45, Intent.OTHER_QUESTION, 0.5, Intent.DATA_QUESTION, 0.6);

	private static final Pattern GREETING_OR_THANKS = Pattern.compile("^(?:(?:hi|hello|hey|hiya|hoi|hallo|dag|"
			+ "good (?:morning|afternoon|evening|day)|goedemorgen|goedemiddag|goedenavond|morning|thanks|thank you|"
			+ "thank you very much|thanks a lot|thx|ty|bedankt|dank je|dankjewel|cheers|bye|goodbye|doei|ok|okay|"
			+ "great|nice|cool|perfect|top|super|fine|alright)(?: there| all| team| so much| again)? ?)+$");

	/** Words that make a message about applying for work, so it needs no embedding to be routed. */
	private static final Pattern ABOUT_APPLYING = Pattern.compile("\\b(?:apply|applied|applying|application|job|jobs|"
			+ "work|vacancy|vacancies|position|cv|resume|hiring|employment|solliciteren|solliciteer|sollicitatie|"
			+ "vacature|werk|baan|bewerbung|arbeit)\\b");

	/** Messages repeat across candidates ("how does this work"); their nearest example is looked up once. */
	private static final int NEAREST_CACHE_LIMIT = 5_000;

	/** A screening answer never needs more; the rules stay cheap on a 4,096-character WhatsApp message. */
	private static final int READ_LENGTH = 1_000;

	/** The opening of a long message says what it wants; embedding all of it would cost many times more. */
	private static final int EMBEDDED_LENGTH = 300;

	/** How close a question must be to an example to be taken as that example's intent rather than another question. */
	private static final double QUESTION_SIMILARITY = 0.6;

	/** Asked for a field, a message this short with a question mark is still an answer ("Rotterdam?", "32?"). */
	private static final int SHORT_ANSWER_WORDS = 3;

	private final Map<String, IntentExamples.Nearest> nearestCache = new ConcurrentHashMap<>();

	private final Clock clock;

	private final SentenceEmbeddings embeddings;

	private final Supplier<IntentExamples> examples;

	private final Supplier<ProfileFactReader> facts;

	private final Supplier<VacancyQuestionReader> questions;

	private final LanguageGuess languages = new LanguageGuess();

	OfflineMessageReader(SentenceEmbeddings embeddings, EmbeddingTextSimilarity similarity, Clock clock) {
		this.clock = clock;
		this.embeddings = embeddings;
		// the word lists are read, and the examples embedded, on first use or once the service is ready, whichever
		// comes first: none of it holds up the start
		this.examples = SingletonSupplier.of(() -> new IntentExamples(embeddings));
		this.facts = SingletonSupplier.of(() -> new ProfileFactReader(Lexicons.load()));
		this.questions = SingletonSupplier.of(() -> new VacancyQuestionReader(Lexicons.load(), similarity));
	}

	/**
	 * Once the service is ready, reads the word lists, loads the model and embeds the intent examples on a thread of
	 * their own, so that none of it holds up the start nor waits for the first message. A model that cannot load is
	 * logged here and fails each message that needs it (retried by the inbox).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void prepareInTheBackground() {
		Thread preparing = new Thread(() -> {
			try {
				this.facts.get();
				this.questions.get();
				this.examples.get();
			}
			catch (RuntimeException ex) {
				log.error("The embedding model could not be loaded: {}", ex.toString());
			}
		}, "understanding-preparation");
		preparing.setDaemon(true);
		preparing.start();
	}

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		boolean tooLong = text != null && text.length() > READ_LENGTH;
		Utterance utterance = Utterance.of(tooLong ? text.substring(0, READ_LENGTH) : text);
		List<Vacancy> known = (vacancies != null) ? vacancies : List.of();
		String language = this.languages.of(utterance);
		boolean correction = Corrections.corrects(utterance);
		Utterance asked = VacancyQuestionReader.questions(utterance);
		boolean asks = asked != null;
		Intent certain = IntentRules.decide(utterance);
		if (certain != null) {
			return reading(certain, ProfileFacts.NONE, null, language, correction, awaitingField, utterance, asks);
		}
		int thisYear = Year.now(this.clock).getValue();
		if (asks && asked.has("about-data")) {
			// "what do you do with my data?": the service answers it, it is no question for a recruiter nor consent
			return reading(Intent.DATA_QUESTION, statementFacts(utterance, awaitingField, thisYear, correction), null,
					language, correction, awaitingField, utterance, true);
		}
		VacancyQuestion question = this.questions.get().read(utterance, asked, known);
		if (question != null) {
			return reading(Intent.VACANCY_QUESTION, statementFacts(utterance, awaitingField, thisYear, correction),
					question, language, correction, awaitingField, utterance, true);
		}
		Intent otherQuestion = otherQuestion(utterance, asked, awaitingField);
		if (otherQuestion != null) {
			// "is the Java developer job remote?" cannot be answered, but puts that job in play as interest would
			Vacancy named = (otherQuestion == Intent.OTHER_QUESTION)
					? this.questions.get().namedByRole(utterance, known) : null;
			VacancyQuestion about = (named != null) ? new VacancyQuestion(VacancyTopic.GENERAL, named.id()) : null;
			return reading(otherQuestion, statementFacts(utterance, awaitingField, thisYear, correction), about,
					language, correction, awaitingField, utterance, true);
		}
		ProfileFacts facts = this.facts.get().read(utterance, awaitingField, thisYear, correction);
		if (!facts.equals(ProfileFacts.NONE) || (asks && VacancyQuestionReader.showsInterest(asked))) {
			return reading(Intent.APPLY, facts, null, language, correction, awaitingField, utterance, asks);
		}
		Boolean agreement = agreement(awaitingField, utterance, asks, correction, facts);
		if (agreement != null) {
			return reading(Intent.APPLY, facts, null, language, correction, awaitingField, utterance, asks);
		}
		if (utterance.isEmpty() || GREETING_OR_THANKS.matcher(utterance.bare()).matches()) {
			return reading(Intent.SMALLTALK, facts, null, language, correction, awaitingField, utterance, asks);
		}
		if (utterance.matches(ABOUT_APPLYING) || utterance.has("job")) {
			return reading(Intent.APPLY, facts, null, language, correction, awaitingField, utterance, asks);
		}
		Intent nearest = nearestIntent(utterance, awaitingField);
		VacancyQuestion general = (nearest != Intent.VACANCY_QUESTION) ? null
				: new VacancyQuestion(VacancyQuestionReader.topicOf(utterance),
						idOf(this.questions.get().pointedAt(utterance, known)));
		return reading(nearest, facts, general, language, correction, awaitingField, utterance, asks);
	}

	/**
	 * A question the vacancy data cannot answer ("can I bring my dog", "do you sponsor visas??"), or small talk and
	 * the like asked as a question ("are you a bot?"); null when the message asks no such thing. Interest in a job
	 * ("is it still open?") and a short answer to the field asked ("Rotterdam?") are no such question.
	 */
	private Intent otherQuestion(Utterance utterance, Utterance asked, ScreeningField awaitingField) {
		if (asked == null || asked.isEmpty()) {
			return null;
		}
		if (asked.has("other-question")) {
			return Intent.OTHER_QUESTION;
		}
		if (VacancyQuestionReader.showsInterest(asked)) {
			return null;
		}
		if (awaitingField != null && utterance.words().size() <= SHORT_ANSWER_WORDS) {
			return null;
		}
		IntentExamples.Nearest nearest = nearest(asked);
		if (nearest.similarity() >= Math.max(QUESTION_SIMILARITY, REQUIRED_SIMILARITY.get(nearest.intent()))
				&& nearest.intent() != Intent.VACANCY_QUESTION) {
			return nearest.intent();
		}
		return Intent.OTHER_QUESTION;
	}

	/** The facts of the sentences beside a question ("I'm Piotr, a truck driver." before "What does it pay?"). */
	private ProfileFacts statementFacts(Utterance utterance, ScreeningField awaitingField, int thisYear,
			boolean correction) {
		Utterance statements = VacancyQuestionReader.statements(utterance);
		return (statements != null) ? this.facts.get().read(statements, awaitingField, thisYear, correction)
				: ProfileFacts.NONE;
	}

	private static MessageReading reading(Intent intent, ProfileFacts facts, VacancyQuestion question, String language,
			boolean correction, ScreeningField awaitingField, Utterance utterance, boolean asks) {
		boolean aboutTheJob = intent == Intent.VACANCY_QUESTION && question != null
				&& question.topic() != VacancyTopic.GENERAL;
		Boolean agreement = (aboutTheJob && awaitingField == ScreeningField.CONSENT)
				? consentBeforeAJobQuestion(utterance, correction, facts)
				: agreement(awaitingField, utterance, asks, correction, facts);
		ProfileFacts withConsent = (awaitingField == ScreeningField.CONSENT) ? withConsent(facts, agreement) : facts;
		return new MessageReading(intent, withConsent, question, language, correction, agreement);
	}

	/**
	 * Consent with a question about the job's pay, hours, place or requirements in the same message ("ja prima, maar wat
	 * is het salaris?"): the yes before the question counts, and the question is answered too. Any other question, such
	 * as what happens to the data, leaves consent unanswered, as does a yes that is itself asked or taken back ("yes, no
	 * wait, what does it pay?").
	 */
	private static Boolean consentBeforeAJobQuestion(Utterance utterance, boolean correction, ProfileFacts facts) {
		Boolean yes = correction ? null : Agreement.yesBeforeQuestion(utterance);
		return (yes != null) ? yes : agreement(ScreeningField.CONSENT, utterance, true, correction, facts);
	}

	/** The answer to consent or to an erasure confirmation; null for any other field. */
	private static Boolean agreement(ScreeningField awaitingField, Utterance utterance, boolean asks, boolean correction,
			ProfileFacts facts) {
		if (awaitingField != ScreeningField.CONSENT && awaitingField != ScreeningField.ERASURE_CONFIRMATION) {
			return null;
		}
		return Agreement.clear(utterance, asks, correction, !facts.equals(ProfileFacts.NONE));
	}

	private static ProfileFacts withConsent(ProfileFacts facts, Boolean consent) {
		return new ProfileFacts(consent, facts.name(), facts.email(), facts.city(), facts.desiredRole(),
				facts.yearsExperience(), facts.availability(), facts.hoursPerWeek(), facts.drivingLicense(),
				facts.workPermit(), facts.languages(), facts.salaryExpectation());
	}

	private Intent nearestIntent(Utterance utterance, ScreeningField awaitingField) {
		IntentExamples.Nearest nearest = nearest(utterance);
		if (nearest.similarity() >= REQUIRED_SIMILARITY.get(nearest.intent())) {
			return nearest.intent();
		}
		return (awaitingField != null) ? Intent.APPLY : Intent.SMALLTALK;
	}

	private IntentExamples.Nearest nearest(Utterance utterance) {
		if (this.nearestCache.size() >= NEAREST_CACHE_LIMIT) {
			this.nearestCache.clear();
		}
		return this.nearestCache.computeIfAbsent(utterance.bare(),
				(key) -> this.examples.get().nearest(this.embeddings.embed(opening(utterance.text()))));
	}

	private static String opening(String text) {
		return (text.length() <= EMBEDDED_LENGTH) ? text : text.substring(0, EMBEDDED_LENGTH);
	}

	private static String idOf(Vacancy vacancy) {
		return (vacancy != null) ? vacancy.id() : null;
	}

}
