package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;

import org.springframework.stereotype.Component;

/**
 * The router and extraction agents' understanding when no LLM is configured. Rules decide what they can decide with
 * certainty (opt-out keywords, data erasure, a request for a person, vacancy questions, answers to the question
 * asked); only the rest is embedded once and routed to the intent of the nearest example sentence.
 */
@Component("offlineMessageReader")
public class OfflineMessageReader implements MessageReader {

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

	private final SentenceEmbeddings embeddings;

	private final IntentExamples examples;

	private final ProfileFactReader facts;

	private final VacancyQuestionReader questions;

	OfflineMessageReader(SentenceEmbeddings embeddings, EmbeddingTextSimilarity similarity) {
		Lexicons lexicons = Lexicons.load();
		this.embeddings = embeddings;
		this.examples = new IntentExamples(embeddings);
		this.facts = new ProfileFactReader(lexicons);
		this.questions = new VacancyQuestionReader(lexicons, similarity);
	}

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		Utterance utterance = Utterance.of(text);
		List<Vacancy> known = (vacancies != null) ? vacancies : List.of();
		Intent certain = IntentRules.decide(utterance);
		if (certain != null) {
			return new MessageReading(certain, ProfileFacts.NONE, null);
		}
		VacancyQuestion question = this.questions.read(utterance, known);
		if (question != null) {
			return new MessageReading(Intent.VACANCY_QUESTION, ProfileFacts.NONE, question);
		}
		ProfileFacts facts = this.facts.read(utterance, awaitingField);
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
		VacancyQuestion general = (nearest == Intent.VACANCY_QUESTION)
				? new VacancyQuestion(VacancyTopic.GENERAL, idOf(this.questions.pointedAt(utterance, known))) : null;
		return new MessageReading(nearest, facts, general);
	}

	private Intent nearestIntent(Utterance utterance, ScreeningField awaitingField) {
		IntentExamples.Nearest nearest = this.examples.nearest(this.embeddings.embed(utterance.text()));
		if (nearest.similarity() >= REQUIRED_SIMILARITY.get(nearest.intent())) {
			return nearest.intent();
		}
		return (awaitingField != null) ? Intent.APPLY : Intent.SMALLTALK;
	}

	private static String idOf(Vacancy vacancy) {
		return (vacancy != null) ? vacancy.id() : null;
	}

}
