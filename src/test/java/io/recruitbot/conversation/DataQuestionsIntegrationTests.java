package io.recruitbot.conversation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about what happens to the candidate's data, read by the offline understanding: the bot answers it
 * itself (kept for recruitment only, how to have it erased), before consent and after, and asks its question again;
 * it is no question for a recruiter and no consent.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Chats.class)
class DataQuestionsIntegrationTests {

	@Autowired
	Chats chats;

	@Test
	void aQuestionAboutTheDataBeforeConsentIsAnsweredAndConsentAskedAgain() {
		Chat chat = this.chats.start("Mila");
		chat.says("Hi, I want to apply");

		chat.says("ok but what do you do with my data?");

		assertThat(chat.last().text()).contains("kept only for recruitment", "delete my data", "Is that OK with you?")
			.doesNotContain("pass it on to a recruiter");
		assertThat(chat.last().awaitingField()).isEqualTo("consent");
		assertThat(this.chats.candidate(chat).consentAt()).isNull();
		chat.says("yes");
		assertThat(this.chats.candidate(chat).openQuestions()).isEmpty();
	}

	@Test
	void aQuestionAboutTheDataDuringScreeningIsAnsweredInTheCandidatesLanguageAndTheQuestionAskedAgain() {
		Chat chat = this.chats.start("Ruben");
		chat.says("Hoi, ik zoek werk in een magazijn");
		chat.says("ja");
		chat.says("Ruben Smit");
		assertThat(chat.last().awaitingField()).isEqualTo("email");

		chat.says("wie kan mijn gegevens zien?");

		assertThat(chat.last().text()).contains("alleen bewaard voor werving en selectie", "verwijder mijn gegevens");
		assertThat(chat.last().awaitingField()).isEqualTo("email");
		assertThat(this.chats.candidate(chat).openQuestions()).isEmpty();
	}

}
