package io.recruitbot.intake;

/**
 * What the inbox hands each inbound message to, one at a time per phone number and in order. The screening workflow
 * implements it. An exception means "not processed": the inbox retries with backoff and finally dead-letters the
 * message, so an implementation must be safe to run again for the same message.
 */
public interface ConversationEngine {

	void handle(InboundMessage message);

}
