package io.recruitbot.intake;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasedPhones;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.candidate.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to one inbound message once a worker holds it: the candidate exists from their first message on, the
 * message joins the transcript, and the conversation engine answers it. Every step is safe to repeat, because a
 * message whose processing failed halfway is processed again; and every write is fenced by the claim, so a worker
 * that lost it (or whose message was erased meanwhile) writes nothing, not even the candidate back. A message received
 * before its sender was erased is dropped: it must not bring the erased candidate back.
 */
class InboundMessageHandling {

	private static final Logger log = LoggerFactory.getLogger(InboundMessageHandling.class);

	private final CandidateRepository candidates;

	private final Transcript records;

	private final ConversationEngine engine;

	private final ErasedPhones erasedPhones;

	private final TransactionTemplate transactions;

	InboundMessageHandling(CandidateRepository candidates, Transcript records, ConversationEngine engine,
			ErasedPhones erasedPhones, TransactionTemplate transactions) {
		this.candidates = candidates;
		this.records = records;
		this.engine = engine;
		this.erasedPhones = erasedPhones;
		this.transactions = transactions;
	}

	void handle(InboundMessage message, HeldClaim claim) {
		Optional<Candidate> candidate = this.transactions.execute((status) -> {
			claim.hold();
			Optional<Candidate> known = this.candidates.findByPhone(message.phone());
			if (mayPredateAnErasure(known, claim.receivedAt())
					&& this.erasedPhones.erasedAfter(message.phone(), claim.receivedAt(), message.sentAt())) {
				log.info("Dropped inbox message {}: its sender was erased after it arrived", claim.inboxId());
				return Optional.<Candidate>empty();
			}
			Candidate writer = this.candidates.findOrCreate(known, message.phone(), message.profileName());
			this.records.recordInbound(writer.id(), transcriptEntry(message));
			return Optional.of(writer);
		});
		candidate.ifPresent((writer) -> this.engine.handle(message, writer, claim));
	}

	/**
	 * A candidate created before the message arrived was not erased since (erasure deletes the row): only a first
	 * message, or one that waited while its candidate was erased and created anew, needs the erasure records.
	 */
	private static boolean mayPredateAnErasure(Optional<Candidate> known, Instant receivedAt) {
		return known.isEmpty() || !known.get().createdAt().isBefore(receivedAt);
	}

	private static ReceivedMessage transcriptEntry(InboundMessage message) {
		InboundMessage.Media media = message.media();
		return new ReceivedMessage(message.providerMessageId(), message.type().name().toLowerCase(Locale.ROOT),
				message.text(), (media != null) ? media.id() : null, (media != null) ? media.mimeType() : null,
				(media != null) ? media.fileName() : null, message.sentAt());
	}

}
