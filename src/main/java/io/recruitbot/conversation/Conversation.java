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
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.ScreeningSettings.ScreeningQuestion;
import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.intake.InboundType;
import org.bsc.langgraph4j.action.NodeAction;

import org.springframework.stereotype.Component;

/**
 * The conversation agent: decides what to say next. Consent first, then the configured questions for whatever is
 * still unknown, then the outcome once every required field is known.
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
		Optional<ScreeningField> awaiting = state.awaitingField();
		if (NOT_TEXT.contains(state.messageType()) && awaiting.isPresent() && !state.facts()
			.containsKey(awaiting.get().fieldName())) {
			lead = join(lead, this.script.onlyText());
		}
		return screen(state, state.profile(), status, update, lead).toMap();
	}

	private ScreeningState.Update askConsent(ScreeningState state, ScreeningState.Update update, String lead) {
		if (state.awaitingField().orElse(null) != ScreeningField.CONSENT) {
			return update.put(ScreeningState.INTRODUCED, true).reply(state, this.script.introductionAndConsent(state));
		}
		Object consent = state.facts().get(ScreeningField.CONSENT.fieldName());
		if (Boolean.FALSE.equals(consent)) {
			return update.put(ScreeningState.ERASURE, ErasureReason.CONSENT_DECLINED.name())
				.put(ScreeningState.AWAITING_FIELD, null)
				.reply(state, Reply.text(this.script.consentDeclined()));
		}
		if (!Boolean.TRUE.equals(consent)) {
			return update.reply(state, this.script.consentAgain());
		}
		Map<String, Object> profile = state.profile();
		update.put(ScreeningState.CONSENT_GIVEN, true)
			.put(ScreeningState.STATUS, CandidateStatus.SCREENING.name())
			.put(ScreeningState.CONSENT_AT, this.clock.instant().toString());
		return screen(state, profile, CandidateStatus.SCREENING, update, join(lead, this.script.acknowledgement(state)));
	}

	/**
	 * Goes on with the screening after consent: re-asks a question that was not answered, asks the next unknown
	 * field, or tells the outcome when everything required is known. {@code lead} opens the reply.
	 */
	ScreeningState.Update screen(ScreeningState state, Map<String, Object> profile, CandidateStatus status,
			ScreeningState.Update update, String lead) {
		if (isScreened(status)) {
			return concludeAgain(state, profile, update, lead);
		}

		List<String> skipped = new ArrayList<>(state.skippedFields());
		Optional<ScreeningQuestion> unanswered = state.awaitingField()
			.filter((field) -> profile.get(field.fieldName()) == null)
			.flatMap(this.script::question);
		if (unanswered.isPresent()) {
			if (!lead.isEmpty()) {
				// something else came first (a vacancy answer, a welcome back): ask the pending question again
				return update.reply(state, this.script.ask(unanswered.get(), lead));
			}
			if (unanswered.get().required()) {
				return update.reply(state, this.script.notUnderstood(unanswered.get()));
			}
			// an optional question the candidate passed over is not asked again
			skipped.add(unanswered.get().field());
			update.put(ScreeningState.SKIPPED_FIELDS, skipped);
		}
		boolean answeredNow = !state.facts().isEmpty();
		Optional<ScreeningQuestion> next = this.script.nextQuestion(profile, skipped);
		if (next.isPresent()) {
			String opening = (lead.isEmpty() && answeredNow) ? this.script.acknowledgement(state) : lead;
			return update.reply(state, this.script.ask(next.get(), opening));
		}
		return conclude(state, profile, update, lead);
	}

	private ScreeningState.Update conclude(ScreeningState state, Map<String, Object> profile,
			ScreeningState.Update update, String lead) {
		MatchOutcome matching = this.matching.assess(profile, this.vacancies.findActive(),
				this.script.requiredFieldsKnown(profile));
		List<String> matched = new ArrayList<>(matching.fits().stream().map(Vacancy::id).toList());
		CandidateStatus status = matching.qualified() ? CandidateStatus.QUALIFIED : CandidateStatus.NOT_QUALIFIED;
		String outcome = this.outcomes.text(matching, profile, Locale.ENGLISH);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", status.name());
		event.put("vacancyIds", matched);
		event.put("reasons", Replies.Transition.reasons(matching.reasons()));
		return update.put(ScreeningState.MATCHED_VACANCY_IDS, matched)
			.put(ScreeningState.STATUS, status.name())
			.put(ScreeningState.AWAITING_FIELD, null)
			.event(state, event)
			.reply(state, Reply.text(join(lead, outcome)));
	}

	/**
	 * After the outcome: a correction of a field matching reads is matched again (the facts are the ones extraction
	 * took, see {@link CandidateProfile#accepted}); anything else gets a friendly word on what happens next.
	 */
	private ScreeningState.Update concludeAgain(ScreeningState state, Map<String, Object> profile,
			ScreeningState.Update update, String lead) {
		boolean corrected = state.facts().keySet().stream().anyMatch(MATCHED_ON::contains);
		if (corrected) {
			return conclude(state, profile, update, join(lead, this.script.acknowledgement(state)));
		}
		return update.reply(state, Reply.text(join(lead, this.script.recruiterWillContact(state))));
	}

	static boolean isScreened(CandidateStatus status) {
		return status == CandidateStatus.QUALIFIED || status == CandidateStatus.NOT_QUALIFIED;
	}

	/** A declined consent ends in erasure; every other decision is written as replies. */
	static String route(ScreeningState state) {
		return state.erasure().isPresent() ? ScreeningGraph.ERASURE : ScreeningGraph.REPLY;
	}

	static String join(String first, String second) {
		return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
	}

}
