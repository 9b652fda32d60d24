package io.recruitbot.conversation;

import java.util.Locale;
import java.util.Optional;

import io.recruitbot.conversation.understanding.ScreeningField;
import io.recruitbot.conversation.understanding.SupportedLanguages;

import org.springframework.stereotype.Component;

/**
 * The yes/no reply buttons the bot offers for consent and erasure: a tapped button comes back as its title, in any
 * language the bot speaks, and counts as a clear yes or no.
 */
@Component
class ReplyButtons {

	private final ScreeningScript script;

	ReplyButtons(ScreeningScript script) {
		this.script = script;
	}

	Optional<Boolean> answer(String text, ScreeningField question) {
		String prefix = switch (question) {
			case CONSENT -> "consent.button.";
			case ERASURE_CONFIRMATION -> "erasure.button.";
			default -> null;
		};
		if (prefix == null || text == null) {
			return Optional.empty();
		}
		String tapped = text.strip().toLowerCase(Locale.ROOT);
		for (String language : SupportedLanguages.codes()) {
			if (tapped.equals(title(language, prefix + "yes"))) {
				return Optional.of(true);
			}
			if (tapped.equals(title(language, prefix + "no"))) {
				return Optional.of(false);
			}
		}
		return Optional.empty();
	}

	private String title(String language, String key) {
		return this.script.text(language, key).toLowerCase(Locale.ROOT);
	}

}
