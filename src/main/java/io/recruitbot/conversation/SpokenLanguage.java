package io.recruitbot.conversation;

import java.util.Optional;

import io.recruitbot.conversation.understanding.SupportedLanguages;

/**
 * Which language the bot speaks after a message. The first message the candidate writes in a language the bot speaks
 * sets it; after that it is sticky, and switches only when the candidate clearly switches: two messages in a row in
 * the other language, or one long message in it. A short "ok" or "ja" read as another language changes nothing. A
 * first message that shows no language ("hey") is answered in the language of the number's country
 * ({@code calling-codes.txt}) until the candidate writes one.
 */
final class SpokenLanguage {

	static final String FALLBACK = "en";

	/** A message of at least this many words says clearly which language the candidate writes in. */
	static final int CLEAR_WORDS = 6;

	private static final CallingCodes CALLING_CODES = CallingCodes.load();

	private SpokenLanguage() {
	}

	/** The state's language values after the message; an empty update when nothing changes. */
	static ScreeningState.Update after(ScreeningState state) {
		ScreeningState.Update update = new ScreeningState.Update();
		Optional<String> written = state.messageLanguage().filter(SupportedLanguages::speaks);
		if (written.isEmpty() && !state.languageChosen()) {
			// a first "hey" shows no language: the number's country is a better first guess than English
			return Optional.ofNullable((String) state.data().get(ScreeningState.PHONE))
				.flatMap(SpokenLanguage::guessedFor)
				.map((guess) -> update.put(ScreeningState.LANGUAGE, guess))
				.orElse(update);
		}
		String current = state.language();
		if (written.isEmpty() || written.get().equals(current)) {
			if (written.isPresent() && !state.languageRead()) {
				update.put(ScreeningState.LANGUAGE, current).put(ScreeningState.LANGUAGE_READ, true);
			}
			return written.isPresent() ? update.put(ScreeningState.PENDING_LANGUAGE, null) : update;
		}
		String other = written.get();
		boolean clear = !state.languageRead() || words(state.text()) >= CLEAR_WORDS
				|| state.pendingLanguage().filter(other::equals).isPresent();
		if (clear) {
			return update.put(ScreeningState.LANGUAGE, other)
				.put(ScreeningState.LANGUAGE_READ, true)
				.put(ScreeningState.PENDING_LANGUAGE, null);
		}
		return update.put(ScreeningState.PENDING_LANGUAGE, other);
	}

	/** The language the bot speaks that the phone number's country most likely writes in, if any. */
	private static Optional<String> guessedFor(String phone) {
		return CALLING_CODES.languageOf(phone).filter(SupportedLanguages::speaks);
	}

	private static int words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

}
