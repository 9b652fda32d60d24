package io.recruitbot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.conversation.ScreeningSettings.ScreeningQuestion;
import io.recruitbot.conversation.llm.LlmSettings;
import io.recruitbot.conversation.understanding.ScreeningField;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the bot says, in the voice of a courteous recruiter and in the candidate's language: every text comes from the
 * message catalogues ({@code messages*.properties}), one question per message, varied openings, the first name at most
 * once per message. Also knows which question comes next.
 */
@Component
class ScreeningScript {

	private final ScreeningSettings settings;

	private final MessageSource messages;

	private final ScreeningQuestions questions;

	/** The AI service that reads the candidates' messages, named in the consent text; none with offline reading. */
	private final Optional<String> aiProcessor;

	ScreeningScript(ScreeningSettings settings, MessageSource messages, LlmSettings llm) {
		this.settings = settings;
		this.messages = messages;
		this.aiProcessor = (llm != null) ? llm.processorDisplayName() : Optional.empty();
		this.questions = (settings != null) ? new ScreeningQuestions(settings) : null;
		if (settings != null) {
			// fail at start-up, not in a conversation, when a configured question has no text
			settings.questions().forEach((question) -> text(SpokenLanguage.FALLBACK, "question." + question.field()));
		}
	}

	ScreeningQuestions questions() {
		return this.questions;
	}

	Optional<ScreeningQuestion> question(ScreeningField field) {
		return this.settings.question(field);
	}

	/** One text of the catalogue, in a language. */
	String text(String language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

	String text(ScreeningState state, String key, Object... arguments) {
		return text(state.language(), key, arguments);
	}

	/** The text with the candidate's first name where one is known, else the text without it. */
	private String named(ScreeningState state, String key) {
		return state.firstName().map((name) -> text(state, key + ".named", name)).orElseGet(() -> text(state, key));
	}

	Reply ask(ScreeningState state, ScreeningQuestion question, String lead) {
		String text = Conversation.join(lead, text(state, "question." + question.field()));
		return Reply.asking(text, question.field(), question.yesOrNo() ? yesNo(state) : List.of());
	}

	List<String> yesNo(ScreeningState state) {
		return List.of(text(state, "button.yes"), text(state, "button.no"));
	}

	/**
	 * A short opening before the next question. It names the candidate only right after they told their name; else it
	 * varies with the turn, so the bot does not say the same thing every time.
	 */
	String acknowledgement(ScreeningState state, Map<String, Object> facts) {
		if (facts.containsKey(ScreeningField.NAME.fieldName()) && state.firstName().isPresent()) {
			return text(state, "acknowledgement.named", state.firstName().get());
		}
		String[] openings = text(state, "acknowledgements").split("\\|");
		return openings[state.turns() % openings.length].strip();
	}

	Reply introductionAndConsent(ScreeningState state) {
		String greeting = state.profileName()
			.map((name) -> text(state, "consent.greeting", name))
			.orElseGet(() -> text(state, "consent.greeting.anonymous"));
		String introduction = text(state, "consent.introduction", this.settings.company(), processor(state));
		return Reply.asking(greeting + " " + introduction, ScreeningField.CONSENT.fieldName(), consentButtons(state));
	}

	/**
	 * The answer to a question about the candidate's data: kept for recruitment only, read by the AI service when one
	 * is configured, and erased whenever they ask.
	 */
	String dataAnswer(ScreeningState state) {
		return text(state, "privacy.answer", this.settings.company(), processor(state));
	}

	/** The sentence naming the AI service that reads the messages; empty while none is configured. */
	private String processor(ScreeningState state) {
		return this.aiProcessor.map((processor) -> text(state, "consent.processor", processor)).orElse("");
	}

	Reply consentAgain(ScreeningState state, String lead) {
		return Reply.asking(Conversation.join(lead, text(state, "consent.again")), ScreeningField.CONSENT.fieldName(),
				consentButtons(state));
	}

	List<String> consentButtons(ScreeningState state) {
		return List.of(text(state, "consent.button.yes"), text(state, "consent.button.no"));
	}

	Reply erasureConfirmation(ScreeningState state) {
		return Reply.asking(text(state, "erasure.confirm"), ScreeningField.ERASURE_CONFIRMATION.fieldName(),
				List.of(text(state, "erasure.button.yes"), text(state, "erasure.button.no")));
	}

	Reply notUnderstood(ScreeningState state, ScreeningQuestion question) {
		return ask(state, question, text(state, "answer.not-understood"));
	}

	String welcomeBack(ScreeningState state) {
		return named(state, "opt-in.welcome-back");
	}

	/**
	 * "Noted: Schiedam instead of Rotterdam." for a changed answer; a corrected e-mail address alone, since the one it
	 * replaces is mostly a typo of it, not worth repeating.
	 */
	String changed(ScreeningState state, String field, Object to, Object from) {
		if (ScreeningField.EMAIL.fieldName().equals(field)) {
			return text(state, "correction.noted-alone", value(state, to));
		}
		return text(state, "correction.noted", value(state, to), value(state, from));
	}

	private String value(ScreeningState state, Object value) {
		if (value instanceof Boolean yes) {
			return text(state, yes ? "value.yes" : "value.no");
		}
		if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
			return String.valueOf(number.longValue());
		}
		return String.valueOf(value);
	}

	/** "Good news, Lieke!" opening the outcome that matched; the first name only when the lead has not said it. */
	String goodNews(ScreeningState state, String lead) {
		boolean namedAlready = state.firstName().filter(lead::contains).isPresent();
		return namedAlready ? text(state, "outcome.qualified.opening") : named(state, "outcome.qualified.opening");
	}

}
