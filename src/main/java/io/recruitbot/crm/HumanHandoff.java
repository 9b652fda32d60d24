package io.recruitbot.crm;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.CandidateTransitionRefused;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.whatsapp.OutboundMessage;
import io.recruitbot.whatsapp.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a recruiter does in Chatwoot: a reply goes to the candidate on WhatsApp and hands the conversation to the
 * recruiter; opening the conversation takes it over; setting it to pending or resolved gives it back to the bot, which
 * picks up from its checkpoint on the candidate's next message, in the status from before the take-over. Both are
 * transitions of the candidate module ({@link Candidates#handOff}, {@link Candidates#handBack}); the bot stays quiet
 * while the status is {@code HANDED_OFF}.
 */
@Service
class HumanHandoff {

	/** What became of a Chatwoot event; answered to Chatwoot and logged. */
	enum Outcome {

		RELAYED, HANDED_OFF, HANDED_BACK, IGNORED;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(HumanHandoff.class);

	private static final String BY = "chatwoot";

	private final CandidateRepository candidates;

	private final Candidates lifecycle;

	private final CrmRecords records;

	private final Outbox outbox;

	private final Clock clock;

	HumanHandoff(CandidateRepository candidates, Candidates lifecycle, CrmRecords records, Outbox outbox, Clock clock) {
		this.candidates = candidates;
		this.lifecycle = lifecycle;
		this.records = records;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	Outcome handle(JsonNode event) {
		String name = event.path("event").asString("");
		switch (name) {
			case "message_created":
				return recruiterWrote(event);
			case "conversation_status_changed":
				return conversationStatusChanged(event);
			case "conversation_updated":
				// also sent for labels and attributes, including the ones the mirror sets: only a status change counts
				return statusChanged(event) ? conversationStatusChanged(event) : Outcome.IGNORED;
			default:
				return Outcome.IGNORED;
		}
	}

	private Outcome recruiterWrote(JsonNode message) {
		if (!isOutgoing(message.path("message_type")) || message.path("private").asBoolean(false)
				|| !"user".equals(message.path("sender").path("type").asString(""))) {
			return Outcome.IGNORED;
		}
		long chatwootMessageId = message.path("id").asLong(0);
		String content = message.path("content").asString("");
		if (chatwootMessageId <= 0 || content.isBlank() || postedByPlatform(message)
				|| this.records.knowsChatwootMessage(chatwootMessageId)) {
			return Outcome.IGNORED;
		}
		JsonNode conversation = message.path("conversation");
		Optional<Candidate> found = candidateOf(conversation.path("id").asLong(0), conversation.path("meta"));
		if (found.isEmpty() || found.get().status() == CandidateStatus.OPTED_OUT) {
			// an opted-out candidate gets nothing from us, not even from a recruiter
			return Outcome.IGNORED;
		}
		Candidate candidate = found.get();
		UUID messageId = this.outbox.enqueue(
				new OutboundMessage(candidate.id(), candidate.phone(), new OutboundMessage.Text(content), null));
		// the reply is in Chatwoot already; remembering its id also makes a redelivered webhook a no-op
		this.records.markSynced(messageId, chatwootMessageId, this.clock.instant());
		handOff(candidate);
		log.info("Relayed recruiter reply {} to candidate {}", chatwootMessageId, candidate.id());
		return Outcome.RELAYED;
	}

	private Outcome conversationStatusChanged(JsonNode conversation) {
		String status = conversation.path("status").asString("");
		Optional<Candidate> found = candidateOf(conversation.path("id").asLong(0), conversation.path("meta"));
		if (found.isEmpty() || found.get().status() == CandidateStatus.OPTED_OUT) {
			return Outcome.IGNORED;
		}
		Candidate candidate = found.get();
		if ("open".equals(status)) {
			return handOff(candidate) ? Outcome.HANDED_OFF : Outcome.IGNORED;
		}
		if (("pending".equals(status) || "resolved".equals(status))
				&& candidate.status() == CandidateStatus.HANDED_OFF) {
			try {
				this.lifecycle.handBack(candidate.id(), BY);
			}
			catch (CandidateTransitionRefused ex) {
				return Outcome.IGNORED; // handed back through another way a moment ago
			}
			log.info("Conversation of candidate {} handed back to the bot", candidate.id());
			return Outcome.HANDED_BACK;
		}
		return Outcome.IGNORED;
	}

	private boolean handOff(Candidate candidate) {
		if (candidate.status() == CandidateStatus.HANDED_OFF) {
			return false;
		}
		try {
			this.lifecycle.handOff(candidate.id(), BY);
		}
		catch (CandidateTransitionRefused ex) {
			return false; // taken over (or opted out) a moment ago
		}
		log.info("Conversation of candidate {} handed off to a recruiter", candidate.id());
		return true;
	}

	/** Through the conversation the mirror created, else by the contact's phone number. */
	private Optional<Candidate> candidateOf(long chatwootConversationId, JsonNode meta) {
		Optional<Candidate> linked = this.records.candidateOfConversation(chatwootConversationId)
			.flatMap(this.candidates::findById);
		if (linked.isPresent()) {
			return linked;
		}
		String phone = meta.path("sender").path("phone_number").asString("");
		return phone.isBlank() ? Optional.empty() : this.candidates.findByPhone(phone);
	}

	private static boolean statusChanged(JsonNode conversation) {
		for (JsonNode change : conversation.path("changed_attributes")) {
			if (change.has("status")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOutgoing(JsonNode messageType) {
		return "outgoing".equals(messageType.asString("")) || (messageType.isNumber() && messageType.asInt() == 1);
	}

	private static boolean postedByPlatform(JsonNode message) {
		return message.path("source_id").asString("").startsWith(ChatwootClient.SOURCE_ID_PREFIX)
				|| message.path("content_attributes").path("recruitbot").asBoolean(false);
	}

}
