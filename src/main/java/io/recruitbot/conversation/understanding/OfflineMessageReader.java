package io.recruitbot.conversation.understanding;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The router and extraction agents' understanding when no LLM is configured. Rules decide what they can decide with
 * certainty (opt-out keywords, data erasure, a request for a person, vacancy questions, answers to the question
 * asked); only the rest is embedded once and routed to the intent of the nearest example sentence.
 */
@Component("offlineMessageReader")
public class OfflineMessageReader implements MessageReader, SmartInitializingSingleton {

	/** How close a message must be to an example before a consequential intent is taken from it. */
	private static final Map<Intent, Double> REQUIRED_SIMILARITY = Map.of(Intent.OPT_OUT, 0.8, Intent.ERASE_DATA, 0.8,
			Intent.WANTS_HUMAN, 0.75, Intent.OPT_IN, 0.8, Intent.APPLY, 0.45, Intent.VACANCY_QUESTION, 0.55,
			Intent.SMALLTALK, 0.45);

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

	private final Map<String, IntentExamples.Nearest> nearestCache = new ConcurrentHashMap<>();

	private final Clock clock;

	private final SentenceEmbeddings embeddings;

	private final Supplier<IntentExamples> examples;

	private final ProfileFactReader facts;

	private final VacancyQuestionReader questions;

	OfflineMessageReader(SentenceEmbeddings embeddings, EmbeddingTextSimilarity similarity, Clock clock) {
		Lexicons lexicons = Lexicons.load();
		this.clock = clock;
		this.embeddings = embeddings;
		// embedded on first use or at the end of start-up, whichever comes first: the model may still be loading now
		this.examples = SingletonSupplier.of(() -> new IntentExamples(embeddings));
		this.facts = new ProfileFactReader(lexicons);
		this.questions = new VacancyQuestionReader(lexicons, similarity);
	}

	/** Start-up is not finished until the model is loaded and the intent examples are embedded. */
	@Override
	public void afterSingletonsInstantiated() {
		this.examples.get();
		// the examples may have come from disk without the model: the first message must not wait for it either
		this.embeddings.awaitModel();
	}

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		boolean tooLong = text != null && text.length() > READ_LENGTH;
		Utterance utterance = Utterance.of(tooLong ? text.substring(0, READ_LENGTH) : text);
		List<Vacancy> known = (vacancies != null) ? vacancies : List.of();
		Intent certain = IntentRules.decide(utterance);
		if (certain != null) {
			return new MessageReading(certain, ProfileFacts.NONE, null);
		}
		VacancyQuestion question = this.questions.read(utterance, known);
		int thisYear = Year.now(this.clock).getValue();
		if (question != null) {
			Utterance statements = VacancyQuestionReader.statements(utterance);
			return new MessageReading(Intent.VACANCY_QUESTION,
					(statements != null) ? this.facts.read(statements, awaitingField, thisYear) : ProfileFacts.NONE,
					question);
		}
		ProfileFacts facts = this.facts.read(utterance, awaitingField, thisYear);
		if (!facts.equals(ProfileFacts.NONE)) {
			return new MessageReading(Intent.APPLY, facts, null);
		}
		if (utterance.isEmpty() || GREETING_OR_THANKS.matcher(utterance.bare()).matches()) {
			return new MessageReading(Intent.SMALLTALK, facts, null);
		}
		if (utterance.matches(ABOUT_APPLYING)) {
			return new MessageReading(Intent.APPLY, facts, null);
		}
		Intent nearest = nearestIntent(utterance, awaitingField);
		VacancyQuestion general = (nearest != Intent.VACANCY_QUESTION) ? null
				: new VacancyQuestion(VacancyQuestionReader.topicOf(utterance),
						idOf(this.questions.pointedAt(utterance, known)));
		return new MessageReading(nearest, facts, general);
	}

	private Intent nearestIntent(Utterance utterance, ScreeningField awaitingField) {
		if (this.nearestCache.size() >= NEAREST_CACHE_LIMIT) {
			this.nearestCache.clear();
		}
		IntentExamples.Nearest nearest = this.nearestCache.computeIfAbsent(utterance.bare(),
				(key) -> this.examples.get().nearest(this.embeddings.embed(opening(utterance.text()))));
		if (nearest.similarity() >= REQUIRED_SIMILARITY.get(nearest.intent())) {
			return nearest.intent();
		}
		return (awaitingField != null) ? Intent.APPLY : Intent.SMALLTALK;
	}

	private static String opening(String text) {
		return (text.length() <= EMBEDDED_LENGTH) ? text : text.substring(0, EMBEDDED_LENGTH);
	}

	private static String idOf(Vacancy vacancy) {
		return (vacancy != null) ? vacancy.id() : null;
	}

}
