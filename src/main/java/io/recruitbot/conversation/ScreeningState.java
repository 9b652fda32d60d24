package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.candidate.CandidateProfile;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.ScreeningField;
import org.bsc.langgraph4j.state.AgentState;
import org.bsc.langgraph4j.state.Channel;

/**
 * The checkpointed state of one candidate's screening conversation. Every value is JSON-friendly (strings, numbers,
 * booleans, lists and maps) so any checkpoint store can keep it; numbers may come back as any {@link Number}.
 * Keys without a channel keep the last value written.
 */
final class ScreeningState extends AgentState {

	static final Map<String, Channel<?>> SCHEMA = Map.of();

	// the conversation (kept across messages)
	static final String CANDIDATE_ID = "candidateId";
	static final String PHONE = "phone";
	static final String PROFILE_NAME = "profileName";
	/** The candidate's answers, one {@link CandidateProfile} value (a map when read back from a checkpoint). */
	static final String PROFILE = "profile";
	static final String CONSENT_AT = "consentAt";
	static final String MATCHED_VACANCY_IDS = "matchedVacancyIds";
	static final String STATUS = "status";
	/** The status as stored when the message arrived; a different one at the reply step means a recruiter acted. */
	static final String STORED_STATUS = "storedStatus";
	static final String AWAITING_FIELD = "awaitingField";
	static final String SKIPPED_FIELDS = "skippedFields";
	static final String STATUS_BEFORE_OPT_OUT = "statusBeforeOptOut";
	static final String INTRODUCED = "introduced";
	static final String TURNS = "turns";
	/** The language the bot speaks (ISO 639-1), sticky; see {@link SpokenLanguage}. */
	static final String LANGUAGE = "language";
	/** Whether {@link #LANGUAGE} was read from the candidate's own words (not the fallback). */
	static final String LANGUAGE_READ = "languageRead";
	/** Another language the last message was in: a second message in it switches. */
	static final String PENDING_LANGUAGE = "pendingLanguage";
	/** The e-mail address the bot asked about in its last reply ("did you mean ...?"): a yes to it is that address. */
	static final String EMAIL_LIKELY_MEANT = "emailLikelyMeant";
	/** The language as stored on the candidate when the message arrived. */
	static final String STORED_LANGUAGE = "storedLanguage";
	/** Facts volunteered before consent: kept here, never in the candidate record, until the candidate agrees. */
	static final String HELD_FACTS = "heldFacts";
	/** Questions for a recruiter asked before consent ({@code {"text", "at"}}), stored once the candidate agrees. */
	static final String HELD_QUESTIONS = "heldQuestions";
	/** The vacancy the candidate named or was matched to: answers and questions are about it. */
	static final String VACANCY_IN_PLAY = "vacancyInPlay";
	/**
	 * Whether the candidate named the vacancy in play (asked about or applied for that job), rather than a kind of
	 * work that fits it: only a named vacancy makes questions that cannot change its outcome unnecessary.
	 */
	static final String VACANCY_NAMED = "vacancyNamed";
	/** The field that was open when erasure confirmation was asked, asked again when the data is kept. */
	static final String RESUME_FIELD = "resumeField";

	// the message being handled (replaced for every message)
	static final String MESSAGE_ID = "messageId";
	static final String MESSAGE_TYPE = "messageType";
	static final String TEXT = "text";
	static final String INTENT = "intent";
	static final String FACTS = "facts";
	static final String VACANCY_QUESTION = "vacancyQuestion";
	static final String REPLIES = "replies";
	/** The lifecycle transitions this message decided ({@code {"type": status, ...}}), applied by {@link Replies}. */
	static final String EVENTS = "events";
	static final String CONSENT_GIVEN = "consentGiven";
	static final String ERASURE = "erasure";
	/** The language the message is written in, as read (null when it says too little). */
	static final String MESSAGE_LANGUAGE = "messageLanguage";
	/** Whether the message corrects an earlier answer. */
	static final String CORRECTION = "correction";
	/** The message's clear yes (true) or no (false) to a yes/no question; absent otherwise. */
	static final String AGREEMENT = "agreement";
	/** Known answers this message changed: {@code [{"field", "from", "to"}]}. */
	static final String CHANGES = "changes";
	/** Questions for a recruiter to store with this message's replies ({@code {"text", "at"}}). */
	static final String QUESTIONS_FOR_RECRUITER = "questionsForRecruiter";

	ScreeningState(Map<String, Object> data) {
		super(data);
	}

	UUID candidateId() {
		return UUID.fromString(this.<String>value(CANDIDATE_ID).orElseThrow());
	}

	String phone() {
		return this.<String>value(PHONE).orElseThrow();
	}

	Optional<String> profileName() {
		return value(PROFILE_NAME);
	}

	String messageId() {
		return this.<String>value(MESSAGE_ID).orElse("");
	}

	String messageType() {
		return this.<String>value(MESSAGE_TYPE).orElse("TEXT");
	}

	String text() {
		return this.<String>value(TEXT).orElse("");
	}

	Optional<Intent> intent() {
		return this.<String>value(INTENT).map(Intent::valueOf);
	}

	Map<String, Object> facts() {
		return this.<Map<String, Object>>value(FACTS).orElse(Map.of());
	}

	Optional<Map<String, Object>> vacancyQuestion() {
		return value(VACANCY_QUESTION);
	}

	/** The candidate's answers; a checkpoint written before they were one value holds them as a map. */
	CandidateProfile answers() {
		return value(PROFILE).map((profile) -> (profile instanceof CandidateProfile answers) ? answers
				: CandidateProfile.of(asMap(profile))).orElse(CandidateProfile.EMPTY);
	}

	/** The answers by field name, for the rules that go by field; absent fields are unknown. */
	Map<String, Object> profile() {
		return answers().values();
	}

	/** When the candidate consented; older checkpoints kept it in the profile map. */
	Optional<String> consentAt() {
		return this.<String>value(CONSENT_AT).or(() -> legacy(CONSENT_AT).map(String.class::cast));
	}

	List<String> matchedVacancyIds() {
		return this.<List<String>>value(MATCHED_VACANCY_IDS).orElse(List.of());
	}

	boolean knows(ScreeningField field) {
		return profile().get(field.fieldName()) != null;
	}

	boolean hasConsent() {
		return consentAt().isPresent();
	}

	private Optional<Object> legacy(String key) {
		return value(PROFILE).filter(Map.class::isInstance).map((profile) -> asMap(profile).get(key));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object profile) {
		return (Map<String, Object>) profile;
	}

	CandidateStatus status() {
		return this.<String>value(STATUS).map(CandidateStatus::valueOf).orElse(CandidateStatus.NEW);
	}

	Optional<CandidateStatus> storedStatus() {
		return this.<String>value(STORED_STATUS).map(CandidateStatus::valueOf);
	}

	Optional<ScreeningField> awaitingField() {
		return this.<String>value(AWAITING_FIELD).flatMap(ScreeningField::byFieldName);
	}

	List<String> skippedFields() {
		return this.<List<String>>value(SKIPPED_FIELDS).orElse(List.of());
	}

	Optional<CandidateStatus> statusBeforeOptOut() {
		return this.<String>value(STATUS_BEFORE_OPT_OUT).map(CandidateStatus::valueOf);
	}

	boolean introduced() {
		return this.<Boolean>value(INTRODUCED).orElse(false);
	}

	/** How many replies the bot has written, to vary its wording. */
	int turns() {
		return this.<Number>value(TURNS).map(Number::intValue).orElse(0);
	}

	List<Map<String, Object>> replies() {
		return this.<List<Map<String, Object>>>value(REPLIES).orElse(List.of());
	}

	List<Map<String, Object>> events() {
		return this.<List<Map<String, Object>>>value(EVENTS).orElse(List.of());
	}

	boolean consentGiven() {
		return this.<Boolean>value(CONSENT_GIVEN).orElse(false);
	}

	Optional<String> erasure() {
		return this.<String>value(ERASURE).filter((reason) -> !reason.isEmpty());
	}

	/** The language to speak, as an ISO 639-1 code; English until the candidate's own words tell. */
	String language() {
		return this.<String>value(LANGUAGE).or(() -> value(STORED_LANGUAGE)).orElse(SpokenLanguage.FALLBACK);
	}

	/** Whether a language was chosen for the conversation: read, guessed or stored with the candidate. */
	boolean languageChosen() {
		return value(LANGUAGE).or(() -> value(STORED_LANGUAGE)).isPresent();
	}

	boolean languageRead() {
		return this.<Boolean>value(LANGUAGE_READ).orElse(false);
	}

	Optional<String> pendingLanguage() {
		return value(PENDING_LANGUAGE);
	}

	Optional<String> emailLikelyMeant() {
		return value(EMAIL_LIKELY_MEANT);
	}

	Optional<String> storedLanguage() {
		return value(STORED_LANGUAGE);
	}

	Optional<String> messageLanguage() {
		return value(MESSAGE_LANGUAGE);
	}

	boolean correction() {
		return this.<Boolean>value(CORRECTION).orElse(false);
	}

	Optional<Boolean> agreement() {
		return value(AGREEMENT);
	}

	Map<String, Object> heldFacts() {
		return this.<Map<String, Object>>value(HELD_FACTS).orElse(Map.of());
	}

	List<Map<String, Object>> heldQuestions() {
		return this.<List<Map<String, Object>>>value(HELD_QUESTIONS).orElse(List.of());
	}

	List<Map<String, Object>> questionsForRecruiter() {
		return this.<List<Map<String, Object>>>value(QUESTIONS_FOR_RECRUITER).orElse(List.of());
	}

	List<Map<String, Object>> changes() {
		return this.<List<Map<String, Object>>>value(CHANGES).orElse(List.of());
	}

	Optional<String> vacancyInPlay() {
		return value(VACANCY_IN_PLAY);
	}

	boolean vacancyNamed() {
		return this.<Boolean>value(VACANCY_NAMED).orElse(false);
	}

	Optional<ScreeningField> resumeField() {
		return this.<String>value(RESUME_FIELD).flatMap(ScreeningField::byFieldName);
	}

	/** The same state with other values, for a node that goes on as if they had been written already. */
	ScreeningState with(Update update) {
		Map<String, Object> data = new HashMap<>(data());
		update.toMap().forEach((key, value) -> {
			if (value == AgentState.MARK_FOR_REMOVAL) {
				data.remove(key);
			}
			else {
				data.put(key, value);
			}
		});
		return new ScreeningState(data);
	}

	/** The first name to address the candidate by, once they told their name. */
	Optional<String> firstName() {
		Object name = profile().get(ScreeningField.NAME.fieldName());
		return (name instanceof String full && !full.isBlank()) ? Optional.of(full.trim().split("\\s+")[0])
				: Optional.empty();
	}

	/** A state update: values to write, {@code null} meaning "remove the key". */
	static final class Update {

		private final Map<String, Object> values = new HashMap<>();

		Update put(String key, Object value) {
			this.values.put(key, (value != null) ? value : AgentState.MARK_FOR_REMOVAL);
			return this;
		}

		Update reply(ScreeningState state, Reply reply) {
			List<Map<String, Object>> replies = new ArrayList<>(pending(state, REPLIES));
			replies.add(reply.toMap());
			this.values.put(REPLIES, replies);
			this.values.put(TURNS, state.turns() + replies.size());
			if (reply.awaitingField() != null) {
				this.values.put(AWAITING_FIELD, reply.awaitingField());
			}
			return this;
		}

		/** Adds another update's values (they win). */
		Update merge(Update other) {
			this.values.putAll(other.values);
			return this;
		}

		Update event(ScreeningState state, Map<String, Object> event) {
			List<Map<String, Object>> events = new ArrayList<>(pending(state, EVENTS));
			events.add(new LinkedHashMap<>(event));
			this.values.put(EVENTS, events);
			return this;
		}

		@SuppressWarnings("unchecked")
		private List<Map<String, Object>> pending(ScreeningState state, String key) {
			Object written = this.values.get(key);
			return (written instanceof List<?> list) ? (List<Map<String, Object>>) list
					: (key.equals(REPLIES) ? state.replies() : state.events());
		}

		Map<String, Object> toMap() {
			return this.values;
		}

	}

}
