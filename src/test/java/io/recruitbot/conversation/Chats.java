package io.recruitbot.conversation;

import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.intake.ConversationEngine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;

/**
 * New chats with the bot through the engine, each from a phone number of its own, for the tests that import it
 * (with {@code @AutoConfigureMockMvc}), and the candidate record a chat made.
 */
@TestComponent
class Chats {

	private final Chat.Bot bot;

	private final CandidateRepository candidates;

	Chats(ConversationEngine engine, MockMvc mvc, JsonMapper json, CandidateRepository candidates, Transcript records) {
		this.bot = new Chat.Bot(engine, mvc, json, candidates, records);
		this.candidates = candidates;
	}

	Chat start(String profileName) {
		String phone = "3169"
				+ String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
		return new Chat(this.bot, phone, profileName);
	}

	/** The whole record, open questions included. */
	Candidate candidate(Chat chat) {
		return this.candidates.findById(this.candidates.findByPhone(chat.phone()).orElseThrow().id()).orElseThrow();
	}

}
