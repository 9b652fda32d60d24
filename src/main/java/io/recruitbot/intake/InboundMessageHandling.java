package io.recruitbot.intake;

import java.util.Locale;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.candidate.Transcript;

/**
 * What happens to one inbound message once a worker holds it: the candidate exists from their first message on, the
 * message joins the transcript, and the conversation engine answers it. Every step is safe to repeat, because a
 * message whose processing failed halfway is processed again.
 */
class InboundMessageHandling {

	private final CandidateRepository candidates;

	private final Transcript records;

	private final ConversationEngine engine;

	InboundMessageHandling(CandidateRepository candidates, Transcript records, ConversationEngine engine) {
		this.candidates = candidates;
		this.records = records;
		this.engine = engine;
	}

	void handle(InboundMessage message) {
		Candidate candidate = this.candidates.findOrCreate(message.phone(), message.profileName());
		this.records.recordInbound(candidate.id(), transcriptEntry(message));
		this.engine.handle(message, candidate);
	}

	private static ReceivedMessage transcriptEntry(InboundMessage message) {
		InboundMessage.Media media = message.media();
		return new ReceivedMessage(message.providerMessageId(), message.type().name().toLowerCase(Locale.ROOT),
				message.text(), (media != null) ? media.id() : null, (media != null) ? media.mimeType() : null,
				(media != null) ? media.fileName() : null, message.sentAt());
	}

}
