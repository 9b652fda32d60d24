package io.recruitbot.crm;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * What a recruiter does in Chatwoot: a reply (text and attachments) goes to the candidate on WhatsApp and hands the
 * conversation to the recruiter; opening a pending conversation or assigning it to an agent takes it over; a
 * conversation the candidate's message reopened stays with the bot; setting it to pending or resolved gives it back to
 * the bot, which
 * picks up from its checkpoint on the candidate's next message, in the status from before the take-over. Both are
 * transitions of the candidate module ({@link Candidates#handOff}, {@link Candidates#handBack}); the bot stays quiet
 * while the status is {@code HANDED_OFF}.
 */
@Service
class HumanHandoff {

	/** What became of a Chatwoot event; answered to Chatwoot and logged. */
	enum Outcome {

		RELAYED, HANDED_OFF, HANDED_BACK, KEPT_WITH_BOT, IGNORED;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(HumanHandoff.class);

	private static final String BY = "chatwoot";

	/** Statuses a candidate's message reopens from; opening from {@code pending} is a recruiter's take-over. */
	private static final Set<String> REOPENED_FROM = Set.of("resolved", "snoozed");

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
				// also sent for labels and attributes, including the ones the mirror sets: only a status change or an
				// assignment to an agent counts
				if (changed(event, "status") != null) {
					return conversationStatusChanged(event);
				}
				return assignedToAgent(event) ? assigned(event) : Outcome.IGNORED;
			case "conversation_resolved":
				// an agent bot's event: resolved hands back like the account webhook's status change
				return conversationStatusChanged(event);
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
		List<OutboundMessage.Media> attachments = RecruiterAttachments.of(message.path("attachments"));
		if (chatwootMessageId <= 0 || (content.isBlank() && attachments.isEmpty()) || postedByPlatform(message)
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
		Long chatwootId = chatwootMessageId;
		if (!content.isBlank()) {
			relay(candidate, new OutboundMessage.Text(content), chatwootId);
			chatwootId = null;
		}
		for (OutboundMessage.Media attachment : attachments) {
			relay(candidate, attachment, chatwootId);
			chatwootId = null;
		}
		handOff(candidate);
		log.info("Relayed recruiter reply {} to candidate {}", chatwootMessageId, candidate.id());
		return Outcome.RELAYED;
	}

	/**
	 * Queues one part of a recruiter's message for WhatsApp. It is in Chatwoot already: remembering the Chatwoot id
	 * (on the first part) makes a redelivered webhook a no-op, and its delivery is watched so a failure is reported.
	 */
	private void relay(Candidate candidate, OutboundMessage.Content content, Long chatwootMessageId) {
		UUID messageId = this.outbox.enqueue(OutboundMessage.byRecruiter(candidate.id(), candidate.phone(), content, BY));
		this.records.markSynced(messageId, chatwootMessageId, this.clock.instant(), true);
	}

	private Outcome assigned(JsonNode conversation) {
		Optional<Candidate> found = candidateOf(conversation.path("id").asLong(0), conversation.path("meta"));
		if (found.isEmpty() || found.get().status() == CandidateStatus.OPTED_OUT) {
			return Outcome.IGNORED;
		}
		return handOff(found.get()) ? Outcome.HANDED_OFF : Outcome.IGNORED;
	}

	private Outcome conversationStatusChanged(JsonNode conversation) {
		String status = conversation.path("status").asString("");
		Optional<Candidate> found = candidateOf(conversation.path("id").asLong(0), conversation.path("meta"));
		if (found.isEmpty() || found.get().status() == CandidateStatus.OPTED_OUT) {
			return Outcome.IGNORED;
		}
		Candidate candidate = found.get();
		if ("open".equals(status)) {
			JsonNode change = changed(conversation, "status");
			String before = (change != null) ? change.path("previous_value").asString("") : "";
			if (REOPENED_FROM.contains(before)) {
				// Chatwoot reopens a resolved conversation on the candidate's next message when the inbox has no agent
				// bot: that is the candidate writing, not a recruiter taking over
				return keptWithTheBot(candidate);
			}
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

	private Outcome keptWithTheBot(Candidate candidate) {
		if (candidate.status() == CandidateStatus.HANDED_OFF) {
			return Outcome.IGNORED; // the recruiter's conversation: open is where it belongs
		}
		this.records.conversationStatusDue(candidate.id(), ChatwootHandover.PENDING);
		return Outcome.KEPT_WITH_BOT;
	}

	/** The change of one attribute in {@code changed_attributes} ({@code previous_value}, {@code current_value}). */
	private static JsonNode changed(JsonNode conversation, String attribute) {
		for (JsonNode change : conversation.path("changed_attributes")) {
			if (change.has(attribute)) {
				return change.path(attribute);
			}
		}
		return null;
	}

	private static boolean assignedToAgent(JsonNode conversation) {
		JsonNode change = changed(conversation, "assignee_id");
		return change != null && change.path("current_value").asLong(0) > 0;
	}

	private static boolean isOutgoing(JsonNode messageType) {
		return "outgoing".equals(messageType.asString("")) || (messageType.isNumber() && messageType.asInt() == 1);
	}

	/** Registered before it was posted, so also an echo that arrives before Chatwoot answered the POST. */
	private boolean postedByPlatform(JsonNode message) {
		String sourceId = message.path("source_id").asString("");
		return !sourceId.isBlank() && this.records.isOutgoing(sourceId);
	}

}
