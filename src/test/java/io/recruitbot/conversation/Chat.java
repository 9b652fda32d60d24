package io.recruitbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.intake.ConversationEngine;
import io.recruitbot.intake.InboundMessage;
import io.recruitbot.intake.InboundType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;

/** A candidate writing to the engine from one phone number, and what the bot sent back (read from the outbox). */
final class Chat {

	private final ConversationEngine engine;

	private final MockMvc mvc;

	private final CandidateRepository candidates;

	private final Transcript records;

	private final JsonMapper json;

	private final String phone;

	private final String profileName;

	Chat(Bot bot, String phone, String profileName) {
		this.engine = bot.engine();
		this.mvc = bot.mvc();
		this.candidates = bot.candidates();
		this.records = bot.records();
		this.json = bot.json();
		this.phone = phone;
		this.profileName = profileName;
	}

	/** Sends a text and returns the message as delivered, so a test can deliver it again. */
	InboundMessage says(String text) {
		return sends(InboundType.TEXT, text);
	}

	InboundMessage sends(InboundType type, String text) {
		InboundMessage message = new InboundMessage("wamid." + UUID.randomUUID(), this.phone, this.profileName,
				Instant.now(), type, text, null, null, null);
		delivers(message);
		return message;
	}

	/** As the inbox hands a message on: the candidate exists and the message is in the transcript first. */
	void delivers(InboundMessage message) {
		Candidate candidate = this.candidates.findOrCreate(message.phone(), message.profileName());
		this.records.recordInbound(candidate.id(), new ReceivedMessage(message.providerMessageId(),
				message.type().name().toLowerCase(Locale.ROOT), message.text(), null, null, null, message.sentAt()));
		this.engine.handle(message, candidate, SoleWorkerClaim.of(message));
	}

	/** What the bot sent to this number, oldest first, as the sandbox outbox of the contract lists it. */
	List<Sent> sent() {
		return SandboxOutbox.to(this.mvc, this.json, this.phone);
	}

	Sent last() {
		List<Sent> sent = sent();
		return sent.get(sent.size() - 1);
	}

	String phone() {
		return this.phone;
	}

	/** What a chat needs of the application. */
	record Bot(ConversationEngine engine, MockMvc mvc, JsonMapper json, CandidateRepository candidates,
			Transcript records) {
	}

	record Sent(String text, List<String> buttons, String awaitingField) {
	}

}
