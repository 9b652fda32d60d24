package io.recruitbot.conversation;

import java.util.UUID;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.intake.ConversationEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An e-mail address with a slip in its domain, read by the offline understanding: kept as typed, the likely one asked
 * about once, and the address sent again on its own replaces it while the next question waits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmailTyposIntegrationTests {

	@Autowired
	ConversationEngine engine;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Transcript records;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Test
	void theAddressLikelyMeantIsAskedAboutAndTheOneSentAgainReplacesTheSlip() {
		Chat chat = chat("Ruben");
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
	void theSameAddressSentAgainIsKeptWithoutAskingTwice() {
		Chat chat = chat("Ruben");
		chat.says("Hi, I'm looking for warehouse work");
		chat.says("yes");
		chat.says("Ruben Smit");
		chat.says("ruben@bakker-transport.con");
		assertThat(chat.last().text()).contains("Did you mean ruben@bakker-transport.com?");

		chat.says("Rotterdam");

		assertThat(email(chat)).isEqualTo("ruben@bakker-transport.con");
		assertThat(chat.last().text()).doesNotContain("Did you mean");
	}

	private Chat chat(String profileName) {
		String phone = "3167"
				+ String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
		return new Chat(new Chat.Bot(this.engine, this.mvc, this.json, this.candidates, this.records), phone,
				profileName);
	}

	private String email(Chat chat) {
		return this.candidates.findByPhone(chat.phone()).orElseThrow().profile().email();
	}

}
