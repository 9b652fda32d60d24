package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.Corrections;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.conversation.understanding.ShortAnswers;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The extraction agent: merges what the message told about the candidate into the profile, wherever in the conversation
 * it was said. Before consent it goes into the state's held facts instead, never the record. A known value is replaced
 * only by the answer to its question or by a correction ({@link CandidateProfile#accepted}), and an e-mail address sent
 * on its own counts as one; the facts left in the state are the ones taken, and the changed ones are listed, so the
 * conversation reacts to those. Also keeps the vacancy in play: the one the candidate asked about, or the only one
 * their desired role fits.
 */
@Component
class Extraction implements NodeAction<ScreeningState> {

	/** What is left of a message that held nothing but an e-mail address: spaces and punctuation. */
	private static final Pattern NOT_A_WORD = Pattern.compile("[\\p{P}\\s]*");

	private final VacancyRepository vacancies;

	private final VacancyMatching matching;

	Extraction(VacancyRepository vacancies, VacancyMatching matching) {
		this.vacancies = vacancies;
		this.matching = matching;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		Map<String, Object> known = new LinkedHashMap<>(state.profile());
		known.putAll(state.heldFacts());
		Map<String, Object> facts = new LinkedHashMap<>(state.facts());
		facts.remove(ScreeningField.CONSENT.fieldName());
		Intent intent = state.intent().orElse(Intent.SMALLTALK);
		if (intent == Intent.OTHER_QUESTION || intent == Intent.DATA_QUESTION) {
			// a question is no answer: "do you sponsor visas?" is not when the candidate can start
			state.awaitingField().ifPresent((field) -> facts.remove(field.fieldName()));
		}
		Optional<String> meant = state.emailLikelyMeant().filter((address) -> ShortAnswers.isYes(state.text()));
		if (meant.isPresent()) {
			// "ja" to "did you mean jan@gmail.com?": that address, and no answer to the question asked beside it
			facts.clear();
			facts.put(ScreeningField.EMAIL.fieldName(), meant.get());
		}
		boolean correction = state.correction() || Corrections.isCorrection(state.text()) || addressAlone(state)
				|| meant.isPresent();
		Map<String, Object> accepted = CandidateProfile.accepted(known, facts, state.awaitingField().orElse(null),
				correction);
		// the address asked about is asked about once: whatever this message says, the next one is no answer to it
		ScreeningState.Update update = new ScreeningState.Update().put(ScreeningState.EMAIL_LIKELY_MEANT, null);
		Optional<Vacancy> named = named(state);
		// a role that fits one vacancy puts it in play, but never displaces a vacancy the candidate named
		Optional<Vacancy> inPlay = named.or(() -> state.vacancyNamed() ? Optional.empty() : fitting(accepted));
		if (inPlay.isPresent()) {
			update.put(ScreeningState.VACANCY_IN_PLAY, inPlay.get().id())
				.put(ScreeningState.VACANCY_NAMED, named.isPresent());
			if (known.get(ScreeningField.DESIRED_ROLE.fieldName()) == null) {
				// the candidate named the job: that is the kind of work they look for
				accepted.putIfAbsent(ScreeningField.DESIRED_ROLE.fieldName(), inPlay.get().title());
			}
		}
		if (state.hasConsent()) {
			update.put(ScreeningState.PROFILE, CandidateProfile.merge(state.profile(), accepted));
		}
		else {
			Map<String, Object> held = new LinkedHashMap<>(state.heldFacts());
			held.putAll(accepted);
			update.put(ScreeningState.HELD_FACTS, held);
		}
		return update.put(ScreeningState.FACTS, accepted).put(ScreeningState.CHANGES, changes(known, accepted)).toMap();
	}

	/**
	 * An e-mail address sent on its own while another question is open ("did you mean ...?" answered by sending it
	 * again): the address to use, as a correction would say.
	 */
	private static boolean addressAlone(ScreeningState state) {
		return state.facts().get(ScreeningField.EMAIL.fieldName()) instanceof String address
				&& NOT_A_WORD.matcher(state.text().toLowerCase(Locale.ROOT).replace(address, "")).matches();
	}

	/** The vacancy the message names (the reader identified it). */
	private Optional<Vacancy> named(ScreeningState state) {
		return state.vacancyQuestion()
			.map((question) -> (String) question.get("vacancyId"))
			.flatMap(this.vacancies::findById);
	}

	/** The only active vacancy a newly given desired role fits. */
	private Optional<Vacancy> fitting(Map<String, Object> accepted) {
		Object role = accepted.get(ScreeningField.DESIRED_ROLE.fieldName());
		if (!(role instanceof String wanted)) {
			return Optional.empty();
		}
		List<Vacancy> fitting = this.vacancies.findActive()
			.stream()
			.filter((vacancy) -> this.matching.roleFits(wanted, vacancy.title()))
			.toList();
		return (fitting.size() == 1) ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	private static List<Map<String, Object>> changes(Map<String, Object> known, Map<String, Object> accepted) {
		List<Map<String, Object>> changes = new ArrayList<>();
		accepted.forEach((field, value) -> {
			Object before = known.get(field);
			if (before != null && !sameValue(before, value)) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("field", field);
				change.put("from", before);
				change.put("to", value);
				changes.add(change);
			}
		});
		return changes;
	}

	private static boolean sameValue(Object first, Object second) {
		if (first instanceof Number one && second instanceof Number other) {
			return one.doubleValue() == other.doubleValue();
		}
		if (first instanceof String one && second instanceof String other) {
			return one.strip().equalsIgnoreCase(other.strip());
		}
		return Objects.equals(first, second);
	}

	/** A question about a vacancy is answered first; everything else goes on with the screening. */
	static String route(ScreeningState state) {
		return (state.intent().orElse(Intent.SMALLTALK) == Intent.VACANCY_QUESTION) ? ScreeningGraph.VACANCY_QUESTION
				: ScreeningGraph.CONVERSATION;
	}

}
