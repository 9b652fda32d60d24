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
		Chat chat = givesTheAddress("Ruben Smit", "ruben.smit@hotmial.com", "Hoi! Ik zoek werk als magazijnmedewerker",
				"ja");
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
		Chat chat = givesTheAddress("Anna Kowalski", "anna.k@gmial.com", "Hi, I'm looking for warehouse work", "yes");
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
		Chat chat = givesTheAddress("Ruben Smit", "ruben@bakker-transport.con", "Hi, I'm looking for warehouse work",
				"yes");
		assertThat(chat.last().text()).contains("Did you mean ruben@bakker-transport.com?");

		chat.says("Rotterdam");

		assertThat(email(chat)).isEqualTo("ruben@bakker-transport.con");
		assertThat(chat.last().text()).doesNotContain("Did you mean");
	}

	/** A candidate who opens, consents, gives their full name and then, asked for it, the e-mail address. */
	private Chat givesTheAddress(String fullName, String address, String opening, String consent) {
		Chat chat = this.chats.start(fullName.split(" ")[0]);
		chat.says(opening);
		chat.says(consent);
		chat.says(fullName);
		assertThat(chat.last().awaitingField()).isEqualTo("email");
		chat.says(address);
		return chat;
	}

	private String email(Chat chat) {
		return this.chats.candidate(chat).profile().email();
	}

}
