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

/**
 * What happens to one inbound message once a worker holds it: the candidate exists from their first message on, the
 * message joins the transcript, and the conversation engine answers it. Every step is safe to repeat, because a
 * message whose processing failed halfway is processed again. A message received before its sender was erased is
 * dropped: it must not bring the erased candidate back.
 */
class InboundMessageHandling {

	private static final Logger log = LoggerFactory.getLogger(InboundMessageHandling.class);

	private final CandidateRepository candidates;

	private final Transcript records;

	private final ConversationEngine engine;

	private final ErasedPhones erasedPhones;

	InboundMessageHandling(CandidateRepository candidates, Transcript records, ConversationEngine engine,
			ErasedPhones erasedPhones) {
		this.candidates = candidates;
		this.records = records;
		this.engine = engine;
		this.erasedPhones = erasedPhones;
	}

	/** @param receivedAt when the inbox stored the message */
	void handle(InboundMessage message, Instant receivedAt) {
		Optional<Candidate> known = this.candidates.findByPhone(message.phone());
		if (mayPredateAnErasure(known, receivedAt)
				&& this.erasedPhones.erasedAfter(message.phone(), receivedAt, message.sentAt())) {
			log.info("Dropped message {}: its sender was erased after it arrived", message.providerMessageId());
			return;
		}
		Candidate candidate = this.candidates.findOrCreate(known, message.phone(), message.profileName());
		this.records.recordInbound(candidate.id(), transcriptEntry(message));
		this.engine.handle(message, candidate);
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
