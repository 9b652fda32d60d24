package io.recruitbot.conversation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An e-mail address with a slip in its domain, read by the offline understanding: kept as typed, the likely one asked
 * about once, and the address sent again on its own replaces it while the next question waits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Chats.class)
class EmailTyposIntegrationTests {

	@Autowired
	Chats chats;

	@Test
	void theAddressLikelyMeantIsAskedAboutAndTheOneSentAgainReplacesTheSlip() {
		Chat chat = this.chats.start("Ruben");
		chat.says("Hoi! Ik zoek werk als magazijnmedewerker");
		chat.says("ja");
		chat.says("Ruben Smit");
		chat.says("ruben.smit@hotmial.com");
		assertThat(email(chat)).isEqualTo("ruben.smit@hotmial.com");
		assertThat(chat.last().text()).startsWith("Bedoel je ruben.smit@hotmail.com?");
		assertThat(chat.last().awaitingField()).isEqualTo("city");

		chat.says("ruben.smit@hotmail.com");

		assertThat(email(chat)).isEqualTo("ruben.smit@hotmail.com");
		assertThat(chat.last().text()).startsWith("Genoteerd: ruben.smit@hotmail.com.").doesNotContain("Bedoel je");
		assertThat(chat.last().awaitingField()).isEqualTo("city");
	}

	@Test
	void aYesToTheAddressAskedAboutIsThatAddressAndNoAnswerToTheQuestionBesideIt() {
		Chat chat = this.chats.start("Anna");
		chat.says("Hi, I'm looking for warehouse work");
		chat.says("yes");
		chat.says("Anna Kowalski");
		chat.says("anna.k@gmial.com");
		assertThat(chat.last().text()).contains("Did you mean anna.k@gmail.com?");

		chat.says("yes");

		assertThat(email(chat)).isEqualTo("anna.k@gmail.com");
		assertThat(chat.last().text()).contains("Noted: anna.k@gmail.com.");
		assertThat(chat.last().awaitingField()).isEqualTo("city");
		chat.says("yes");
		assertThat(email(chat)).as("asked about once").isEqualTo("anna.k@gmail.com");
		assertThat(chat.last().awaitingField()).isEqualTo("city");
	}

	@Test
	void theSameAddressSentAgainIsKeptWithoutAskingTwice() {
		Chat chat = this.chats.start("Ruben");
		chat.says("Hi, I'm looking for warehouse work");
		chat.says("yes");
		chat.says("Ruben Smit");
		chat.says("ruben@bakker-transport.con");
		assertThat(chat.last().text()).contains("Did you mean ruben@bakker-transport.com?");

		chat.says("Rotterdam");

		assertThat(email(chat)).isEqualTo("ruben@bakker-transport.con");
		assertThat(chat.last().text()).doesNotContain("Did you mean");
	}

	private String email(Chat chat) {
		return this.chats.candidate(chat).profile().email();
	}

}
