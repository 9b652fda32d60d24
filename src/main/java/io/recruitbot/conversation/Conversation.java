package io.recruitbot.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.ScreeningSettings.ScreeningQuestion;
import io.recruitbot.conversation.understanding.EmailTypos;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.intake.InboundType;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The conversation agent: decides what to say next. Consent first (nothing the candidate volunteers is stored before
 * it), then the questions that matter for whatever is still unknown, then the outcome once every required field is
 * known. A side remark (a correction, a question for a recruiter) is answered briefly and the open question asked
 * again.
 */
@Component
class Conversation implements NodeAction<ScreeningState> {

	private static final Set<String> NOT_TEXT = Set.of(InboundType.UNSUPPORTED.name(), InboundType.DOCUMENT.name(),
			InboundType.IMAGE.name(), InboundType.AUDIO.name(), InboundType.LOCATION.name());

	/** The fields vacancy matching reads: only a change of one of them can change a decided outcome. */
	private static final Set<String> MATCHED_ON = Set.of(ScreeningField.CITY.fieldName(),
			ScreeningField.DESIRED_ROLE.fieldName(), ScreeningField.YEARS_EXPERIENCE.fieldName(),
			ScreeningField.HOURS_PER_WEEK.fieldName(), ScreeningField.DRIVING_LICENSE.fieldName(),
			ScreeningField.WORK_PERMIT.fieldName());

	/** The longest question kept for a recruiter (the column holds 1,000 characters). */
	private static final int MAX_QUESTION = 1000;

	private final ScreeningScript script;

	private final VacancyMatching matching;

	private final OutcomeMessages outcomes;

	private final VacancyRepository vacancies;

	private final Clock clock;

	Conversation(ScreeningScript script, VacancyMatching matching, OutcomeMessages outcomes,
			VacancyRepository vacancies, Clock clock) {
		this.script = script;
		this.matching = matching;
		this.outcomes = outcomes;
		this.vacancies = vacancies;
		this.clock = clock;
	}

	@Override
	public Map<String, Object> apply(ScreeningState state) {
		ScreeningState.Update update = new ScreeningState.Update();
		String lead = "";
		CandidateStatus status = state.status();
		if (status == CandidateStatus.OPTED_OUT) {
			// START after STOP: pick up where the conversation was
			status = state.statusBeforeOptOut().orElse(CandidateStatus.NEW);
			update.put(ScreeningState.STATUS, status.name()).put(ScreeningState.STATUS_BEFORE_OPT_OUT, null);
			lead = this.script.welcomeBack(state);
		}
		if (!state.hasConsent()) {
			return askConsent(state, update, lead).toMap();
		}
		return screen(state, state.profile(), status, update, join(lead, sideAnswer(state, update))).toMap();
	}

	/** Goes on where the conversation was, after something else was answered first ({@code lead}). */
	ScreeningState.Update resume(ScreeningState state, ScreeningState.Update update, String lead) {
		if (!state.hasConsent()) {
			return askConsent(state, update, lead);
		}
		return screen(state, state.profile(), state.status(), update, lead);
	}

	/**
	 * Before consent only a clear yes (or the consent button) consents and a clear no declines; anything else is
	 * answered briefly and the consent question asked again. Facts the candidate volunteers wait in the state.
	 */
	private ScreeningState.Update askConsent(ScreeningState state, ScreeningState.Update update, String lead) {
		String remark = join(lead,
				join(dataAnswer(state), questionForRecruiter(state, update, ScreeningState.HELD_QUESTIONS)));
		if (state.awaitingField().orElse(null) != ScreeningField.CONSENT) {
			if (!remark.isEmpty()) {
				update.reply(state, Reply.text(remark));
			}
			return update.put(ScreeningState.INTRODUCED, true).reply(state, this.script.introductionAndConsent(state));
		}
		Optional<Boolean> agreement = state.agreement();
		if (agreement.isEmpty()) {
			boolean toldSomething = !state.facts().isEmpty() && remark.isEmpty();
			String opening = toldSomething ? this.script.text(state, "consent.facts-held") : remark;
			return update.reply(state, this.script.consentAgain(state, opening));
		}
		if (!agreement.get()) {
			// nothing volunteered is kept: the record never had it, and the state forgets it now
			return update.put(ScreeningState.HELD_FACTS, null)
				.put(ScreeningState.HELD_QUESTIONS, null)
				.put(ScreeningState.AWAITING_FIELD, null)
				.reply(state, Reply.text(join(remark, this.script.text(state, "consent.declined"))));
		}
		io.recruitbot.candidate.CandidateProfile answers = CandidateProfile.merge(state.profile(), state.heldFacts());
		List<Map<String, Object>> questions = new ArrayList<>(state.heldQuestions());
		questions.addAll(state.questionsForRecruiter());
		update.put(ScreeningState.CONSENT_GIVEN, true)
			.put(ScreeningState.PROFILE, answers)
			.put(ScreeningState.HELD_FACTS, null)
			.put(ScreeningState.HELD_QUESTIONS, null)
			.put(ScreeningState.QUESTIONS_FOR_RECRUITER, questions)
			.put(ScreeningState.STATUS, CandidateStatus.SCREENING.name())
			.put(ScreeningState.CONSENT_AT, this.clock.instant().toString());
		ScreeningState consented = state.with(update);
		return screen(consented, answers.values(), CandidateStatus.SCREENING, update,
				join(remark, this.script.acknowledgement(consented, state.heldFacts())));
	}

	/** What to say first about the message itself: a changed answer, a question for a recruiter, a non-text. */
	private String sideAnswer(ScreeningState state, ScreeningState.Update update) {
		List<String> said = new ArrayList<>();
		Optional<ScreeningField> awaiting = state.awaitingField();
		if (NOT_TEXT.contains(state.messageType()) && awaiting.isPresent()
				&& !state.facts().containsKey(awaiting.get().fieldName())) {
			said.add(this.script.text(state, "message.only-text"));
		}
		state.changes().stream().findFirst().ifPresent((change) -> said.add(this.script.changed(state,
				(String) change.get("field"), change.get("to"), change.get("from"))));
		emailLikelyMeant(state).ifPresent((meant) -> {
			said.add(this.script.text(state, "email.did-you-mean", meant));
			update.put(ScreeningState.EMAIL_LIKELY_MEANT, meant);
		});
		said.add(dataAnswer(state));
		said.add(questionForRecruiter(state, update, ScreeningState.QUESTIONS_FOR_RECRUITER));
		return String.join(" ", said.stream().filter((text) -> !text.isEmpty()).toList());
	}

	/** What happens to their data, when the message asks; empty for any other message. */
	private String dataAnswer(ScreeningState state) {
		return (state.intent().orElse(Intent.SMALLTALK) == Intent.DATA_QUESTION) ? this.script.dataAnswer(state) : "";
	}

	/**
	 * The address the candidate likely meant when the one they just gave, as the answer or as a change, has a slip in
	 * its domain ("gmail.con"); asked once: the same address sent again while another question is open is theirs.
	 */
	private static Optional<String> emailLikelyMeant(ScreeningState state) {
		String email = ScreeningField.EMAIL.fieldName();
		boolean answered = state.awaitingField().orElse(null) == ScreeningField.EMAIL;
		boolean changed = state.changes().stream().anyMatch((change) -> email.equals(change.get("field")));
		return (answered || changed) && state.facts().get(email) instanceof String address
				? EmailTypos.likelyMeant(address) : Optional.empty();
	}

	/**
	 * A question vacancy data cannot answer is kept for a recruiter (under {@code key}: held until consent, or stored
	 * with this message's replies) and acknowledged; never a profile field.
	 */
	private String questionForRecruiter(ScreeningState state, ScreeningState.Update update, String key) {
		if (state.intent().orElse(Intent.SMALLTALK) != Intent.OTHER_QUESTION || state.text().isBlank()) {
			return "";
		}
		List<Map<String, Object>> kept = new ArrayList<>(key.equals(ScreeningState.HELD_QUESTIONS)
				? state.heldQuestions() : state.questionsForRecruiter());
		Map<String, Object> question = new LinkedHashMap<>();
		question.put("text", shorten(state.text().strip(), MAX_QUESTION));
		question.put("at", this.clock.instant().toString());
		kept.add(question);
		update.put(key, kept);
		return this.script.text(state, "question.for-recruiter");
	}

	/**
	 * Goes on with the screening after consent: asks the open question again when it is still unanswered, asks the
	 * next question that matters, or tells the outcome when everything required is known. {@code lead} opens the reply.
	 */
	ScreeningState.Update screen(ScreeningState state, Map<String, Object> profile, CandidateStatus status,
			ScreeningState.Update update, String lead) {
		if (isScreened(status)) {
			return concludeAgain(state, profile, update, lead);
		}
		// only a vacancy the candidate named makes the questions that cannot change its outcome unnecessary
		Vacancy inPlay = state.vacancyNamed() ? inPlay(state) : null;
		String opening = (lead.isEmpty() && !state.facts().isEmpty()) ? this.script.acknowledgement(state,
				state.facts()) : lead;
		List<String> skipped = new ArrayList<>(state.skippedFields());
		Optional<ScreeningQuestion> unanswered = state.awaitingField()
			.filter((field) -> profile.get(field.fieldName()) == null)
			.flatMap(this.script::question)
			.filter((question) -> ScreeningQuestions.matters(question, inPlay));
		if (unanswered.isPresent()) {
			if (!opening.isEmpty()) {
				// something else came first (a fact, an answer about the job, a correction): the same question again
				return update.reply(state, this.script.ask(state, unanswered.get(), opening));
			}
			if (unanswered.get().required()) {
				return update.reply(state, this.script.notUnderstood(state, unanswered.get()));
			}
			// an optional question the candidate passed over is not asked again
			skipped.add(unanswered.get().field());
			update.put(ScreeningState.SKIPPED_FIELDS, skipped);
		}
		Optional<ScreeningQuestion> next = this.script.questions().next(profile, skipped, inPlay);
		if (next.isPresent()) {
			return update.reply(state, this.script.ask(state, next.get(), opening));
		}
		return conclude(state, profile, update, lead);
	}

	private ScreeningState.Update conclude(ScreeningState state, Map<String, Object> profile,
			ScreeningState.Update update, String lead) {
		MatchOutcome matching = this.matching.assess(profile, this.vacancies.findActive(),
				this.script.questions().requiredFieldsKnown(profile, state.vacancyNamed() ? inPlay(state) : null));
		List<String> matched = new ArrayList<>(matching.fits().stream().map(Vacancy::id).toList());
		CandidateStatus status = matching.qualified() ? CandidateStatus.QUALIFIED : CandidateStatus.NOT_QUALIFIED;
		String outcome = this.outcomes.text(matching, profile, Locale.forLanguageTag(state.language()));
		if (matching.qualified()) {
			outcome = this.script.goodNews(state, lead) + " " + outcome;
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", status.name());
		event.put("vacancyIds", matched);
		event.put("reasons", Replies.Transition.reasons(matching.reasons()));
		if (state.vacancyInPlay().isEmpty() && matched.size() == 1) {
			update.put(ScreeningState.VACANCY_IN_PLAY, matched.get(0));
		}
		return update.put(ScreeningState.MATCHED_VACANCY_IDS, matched)
			.put(ScreeningState.STATUS, status.name())
			.put(ScreeningState.AWAITING_FIELD, null)
			.event(state, event)
			.reply(state, Reply.text(join(lead, outcome)));
	}

	/**
	 * After the outcome: a changed answer that matching reads is matched again (the facts are the ones extraction
	 * took); a remark already answered needs nothing more; anything else gets a word on what happens next.
	 */
	private ScreeningState.Update concludeAgain(ScreeningState state, Map<String, Object> profile,
			ScreeningState.Update update, String lead) {
		boolean corrected = state.facts().keySet().stream().anyMatch(MATCHED_ON::contains);
		if (corrected) {
			return conclude(state, profile, update, lead.isEmpty() ? this.script.acknowledgement(state, Map.of()) : lead);
		}
		return update.reply(state,
				Reply.text(lead.isEmpty() ? this.script.text(state, "screening.after-outcome") : lead));
	}

	private Vacancy inPlay(ScreeningState state) {
		return state.vacancyInPlay().flatMap(this.vacancies::findById).orElse(null);
	}

	private static String shorten(String text, int limit) {
		return (text.length() <= limit) ? text : text.substring(0, limit - 1) + "…";
	}

	static boolean isScreened(CandidateStatus status) {
		return status == CandidateStatus.QUALIFIED || status == CandidateStatus.NOT_QUALIFIED;
	}

	static String join(String first, String second) {
		return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
	}

}
