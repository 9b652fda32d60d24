package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Map;

/**
 * What a reader may know about the conversation beyond the message itself. The three flags decide whether the message
 * may leave the service at all: only after consent, never after an opt-out and never while a recruiter has the
 * conversation. {@code recentTurns} (oldest first, the current message not included) and {@code profileSoFar} (the
 * answers known, by field name) let a reader resolve "the second one" or "same as before"; {@code vacancyInPlay} is
 * the id of the vacancy the conversation is about, when there is one.
 */
public record ReadingContext(boolean consentGiven, boolean humanHasConversation, boolean optedOut,
		List<Turn> recentTurns, Map<String, Object> profileSoFar, String vacancyInPlay) {

	/** Nothing known: a reader treats the message as one it may not send anywhere. */
	public static final ReadingContext NONE = new ReadingContext(false, false, false, List.of(), Map.of(), null);

	public ReadingContext {
		recentTurns = (recentTurns != null) ? List.copyOf(recentTurns) : List.of();
		profileSoFar = (profileSoFar != null) ? Map.copyOf(profileSoFar) : Map.of();
	}

	/** Whether the message may be read by a processor outside the service (a language model). */
	public boolean mayLeaveTheService() {
		return this.consentGiven && !this.humanHasConversation && !this.optedOut;
	}

	/** One earlier message of the conversation. */
	public record Turn(Speaker speaker, String text) {
	}

	/** Who wrote a turn: the candidate, or the bot (or a recruiter) writing to them. */
	public enum Speaker {

		CANDIDATE, RECRUITER

	}

}
