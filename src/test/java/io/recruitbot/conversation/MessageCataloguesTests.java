package io.recruitbot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import io.recruitbot.conversation.understanding.SupportedLanguages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language the bot speaks, one catalogue each: the same keys as English, texts that format, short buttons. */
class MessageCataloguesTests {

	static Stream<String> languages() {
		return SupportedLanguages.codes().stream().filter((code) -> !code.equals(SpokenLanguage.FALLBACK));
	}

	@ParameterizedTest
	@MethodSource("languages")
	void aCatalogueHasEveryTextOfTheEnglishOne(String language) throws IOException {
		Properties english = catalogue("messages.properties");
		Properties translated = catalogue("messages_" + language + ".properties");
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyTextFormatsAndEveryButtonFitsWhatsApp(String language) throws IOException {
		Properties translated = catalogue("messages_" + language + ".properties");
		for (String key : translated.stringPropertyNames()) {
			String text = translated.getProperty(key);
			MessageFormat format = new MessageFormat(text, Locale.forLanguageTag(language));
			Object[] arguments = Arrays.stream(format.getFormatsByArgumentIndex())
				.map((argument) -> (argument instanceof NumberFormat || argument instanceof ChoiceFormat) ? (Object) 2
						: "Breda")
				.toArray();
			assertThat(format.format(arguments)).as(key).isNotBlank();
			if (key.contains(".button.") || key.startsWith("button.")) {
				assertThat(text.length()).as(key).isBetween(1, Reply.MAX_BUTTON_TITLE);
			}
		}
	}

	/** "2 450" with Java's hard space for Polish is not found by a search for "2450"; "2.450" and "2,450" are. */
	@ParameterizedTest
	@MethodSource("languages")
	void anAmountKeepsItsDigitsTogether(String language) throws IOException {
		Properties translated = catalogue("messages_" + language + ".properties");
		for (String key : translated.stringPropertyNames()) {
			MessageFormat format = new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(language));
			Object[] arguments = Arrays.stream(format.getFormatsByArgumentIndex())
				.map((argument) -> (argument instanceof NumberFormat) ? (Object) 2450 : "Breda")
				.toArray();
			assertThat(format.format(arguments)).as(key).doesNotContainPattern("\\d[\\s\\u00a0\\u202f]\\d{3}");
		}
	}

	private static Properties catalogue(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageCataloguesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
