package io.recruitbot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.conversation.ScreeningSettings.ScreeningQuestion;
import io.recruitbot.conversation.understanding.ScreeningField;

import org.springframework.stereotype.Component;

/**
 * What the bot says, in the voice of a courteous recruiter: short WhatsApp-sized sentences, varied acknowledgements,
 * the candidate's first name once known. Also knows which question comes next.
 */
@Component
class ScreeningScript {

	static final List<String> YES_NO = List.of("Yes", "No");

	static final List<String> CONSENT_BUTTONS = List.of("Yes, that's fine", "No, thanks");

	private static final List<String> ACKNOWLEDGEMENTS = List.of("Thanks%s!", "Great, thank you%s.", "Got it%s.",
			"Perfect%s.", "Noted%s, thanks.", "Lovely%s.");

	private final ScreeningSettings settings;

	ScreeningScript(ScreeningSettings settings) {
		this.settings = settings;
	}

	/** The next question to ask: the first configured one whose field is still unknown and was not skipped. */
	Optional<ScreeningQuestion> nextQuestion(Map<String, Object> profile, List<String> skipped) {
		return this.settings.questions()
			.stream()
			.filter((question) -> profile.get(question.field()) == null && !skipped.contains(question.field()))
			.findFirst();
	}

	boolean requiredFieldsKnown(Map<String, Object> profile) {
		return this.settings.questions()
			.stream()
			.filter(ScreeningQuestion::required)
			.allMatch((question) -> profile.get(question.field()) != null);
	}

	Optional<ScreeningQuestion> question(ScreeningField field) {
		return this.settings.question(field);
	}

	Reply ask(ScreeningQuestion question, String lead) {
		String text = (lead.isEmpty() ? "" : lead + " ") + question.text();
		return Reply.asking(text, question.field(), question.yesOrNo() ? YES_NO : List.of());
	}

	String acknowledgement(ScreeningState state) {
		String format = ACKNOWLEDGEMENTS.get(state.turns() % ACKNOWLEDGEMENTS.size());
		return String.format(format, state.firstName().map((name) -> ", " + name).orElse(""));
	}

	Reply introductionAndConsent(ScreeningState state) {
		String greeting = state.profileName().map((name) -> "Hi " + name + "! ").orElse("Hi! ");
		return Reply.asking(greeting + "I'm the automated assistant of " + this.settings.company()
				+ ". I'll ask you a few short questions so a recruiter can match you to our vacancies. "
				+ "To do that we store the answers you give here, for recruitment only. Is that OK with you?",
				ScreeningField.CONSENT.fieldName(), CONSENT_BUTTONS);
	}

	Reply consentAgain() {
		return Reply.asking("Before we start I need your OK to store your answers for recruitment. Is that fine?",
				ScreeningField.CONSENT.fieldName(), CONSENT_BUTTONS);
	}

	Reply notUnderstood(ScreeningQuestion question) {
		return ask(question, "Sorry, I didn't quite catch that.");
	}

	String onlyText() {
		return "Sorry, I can only read text messages here.";
	}

	String consentDeclined() {
		return "No problem at all. I won't store anything and have removed what you sent. "
				+ "If you change your mind, just write us again. All the best!";
	}

	String optedOut() {
		return "Understood, you won't get any more messages from us. If you'd like to continue later, just write START.";
	}

	String welcomeBack(ScreeningState state) {
		return "Welcome back" + state.firstName().map((name) -> ", " + name).orElse("") + "!";
	}

	String handedOff(ScreeningState state) {
		return "Of course" + state.firstName().map((name) -> ", " + name).orElse("")
				+ ". I've asked a recruiter to take over; they'll answer you here as soon as they can.";
	}

	String erased() {
		return "Done: we have deleted all your data. Thank you for your interest, and all the best!";
	}

	String backToScreening() {
		return "Now, back to your application.";
	}

	String recruiterWillContact(ScreeningState state) {
		return "Thanks" + state.firstName().map((name) -> ", " + name).orElse("")
				+ "! A recruiter has your details and will contact you about the next step.";
	}

}
