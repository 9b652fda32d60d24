package io.recruitbot.intake;

import java.util.Locale;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRecords;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ReceivedMessage;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to one inbound message once a worker holds it: the candidate exists from their first message on, the
 * message joins the transcript, and the conversation engine answers it. Every step is safe to repeat, because a
 * message whose processing failed halfway is processed again; and every write is fenced by the claim, so a worker
 * that lost it (or whose message was erased meanwhile) writes nothing, not even the candidate back.
 */
class InboundMessageHandling {

	private final CandidateRepository candidates;

	private final CandidateRecords records;

	private final ConversationEngine engine;

	private final TransactionTemplate transactions;

	InboundMessageHandling(CandidateRepository candidates, CandidateRecords records, ConversationEngine engine,
			TransactionTemplate transactions) {
		this.candidates = candidates;
		this.records = records;
		this.engine = engine;
		this.transactions = transactions;
	}

	void handle(InboundMessage message, ClaimFence claim) {
		Candidate candidate = this.transactions.execute((status) -> {
			claim.hold();
			Candidate writer = this.candidates.findOrCreate(message.phone(), message.profileName());
			this.records.recordInbound(writer.id(), transcriptEntry(message));
			return writer;
		});
		this.engine.handle(message, candidate, claim);
	}

	private static ReceivedMessage transcriptEntry(InboundMessage message) {
		InboundMessage.Media media = message.media();
		return new ReceivedMessage(message.providerMessageId(), message.type().name().toLowerCase(Locale.ROOT),
				message.text(), (media != null) ? media.id() : null, (media != null) ? media.mimeType() : null,
				(media != null) ? media.fileName() : null, message.sentAt());
	}

}
