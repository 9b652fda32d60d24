package io.recruitbot.intake;

import io.recruitbot.candidate.Candidate;

/**
 * What the inbox hands each inbound message to, one at a time per phone number and in order. The screening workflow
 * implements it. An exception means "not processed": the inbox retries with backoff and finally dead-letters the
 * message, so an implementation must be safe to run again for the same message.
 */
public interface ConversationEngine {

	/**
	 * @param candidate who wrote it, as stored when the inbox took the message (created on their first message), with
	 * the message already in their transcript
	 * @param claim the worker's claim on the message: every transaction that writes the message's side effects calls
	 * {@link ClaimFence#hold()} first
	 */
	void handle(InboundMessage message, Candidate candidate, ClaimFence claim);

}
