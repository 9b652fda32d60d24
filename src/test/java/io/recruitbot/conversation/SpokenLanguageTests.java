package io.recruitbot.conversation;

import java.util.HashMap;
import java.util.Map;

import io.recruitbot.conversation.understanding.SupportedLanguages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenLanguageTests {

	private ScreeningState state = new ScreeningState(new HashMap<>());

	private String says(String text, String language) {
		Map<String, Object> data = new HashMap<>(this.state.data());
		data.put(ScreeningState.TEXT, text);
		if (language != null) {
			data.put(ScreeningState.MESSAGE_LANGUAGE, language);
		}
		else {
			data.remove(ScreeningState.MESSAGE_LANGUAGE);
		}
		ScreeningState message = new ScreeningState(data);
		this.state = message.with(SpokenLanguage.after(message));
		return this.state.language();
	}

	@Test
	void englishIsSpokenUntilTheCandidateWritesInALanguageTheBotSpeaks() {
		assertThat(says("hi", null)).isEqualTo("en");
		assertThat(says("ik zoek werk", "nl")).isEqualTo("nl");
	}

	@Test
	void theFirstLanguageReadIsTakenAtOnceAndThenKept() {
		assertThat(says("Hallo, ik zoek werk", "nl")).isEqualTo("nl");
		assertThat(says("ok", "en")).as("one short message in another language").isEqualTo("nl");
		assertThat(says("Rotterdam", null)).isEqualTo("nl");
		assertThat(says("ja", "nl")).isEqualTo("nl");
		assertThat(says("fine", "en")).as("not two in a row").isEqualTo("nl");
	}

	@Test
	void twoMessagesInARowOrOneLongMessageInAnotherLanguageSwitch() {
		says("Hallo, ik zoek werk", "nl");
		says("sure", "en");
		assertThat(says("sounds good", "en")).isEqualTo("en");
		assertThat(says("Ich wohne in Venlo und suche Arbeit im Lager", "de")).isEqualTo("de");
	}

	@Test
	void aFirstMessageThatShowsNoLanguageIsAnsweredInTheLanguageOfTheNumbersCountryUntilTheCandidateShowsTheirs() {
		this.state = new ScreeningState(new HashMap<>(Map.of(ScreeningState.PHONE, "31612345678")));
		assertThat(says("hey", null)).isEqualTo("nl");
		assertThat(says("Hi, I am looking for warehouse work", "en")).as("the candidate's own language wins at once")
			.isEqualTo("en");

		this.state = new ScreeningState(new HashMap<>(Map.of(ScreeningState.PHONE, "48501234567")));
		assertThat(says("?", null)).isEqualTo("pl");
		this.state = new ScreeningState(new HashMap<>(Map.of(ScreeningState.PHONE, "33612345678")));
		assertThat(says("hello?", null)).as("a country whose language the bot does not speak").isEqualTo("en");
	}

	@Test
	void aLanguageWithoutACatalogueIsNotSpoken() {
		assertThat(says("Bonjour, je cherche du travail dans un entrepôt", "fr")).isEqualTo("en");
		assertThat(SupportedLanguages.codes()).contains("en", "nl", "de", "pl");
	}

}
