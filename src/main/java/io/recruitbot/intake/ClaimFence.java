package io.recruitbot.intake;

import java.time.Instant;

/**
 * The claim a worker holds on the inbound message it hands to the {@link ConversationEngine}. A lease can run out
 * while a worker is frozen (a long GC pause, a stalled connection) and another worker then takes the message over;
 * the first one must not write anything for it after that. So every transaction that writes a message's side effects
 * calls {@link #hold()} first.
 */
public interface ClaimFence {

	/**
	 * Checks, inside the caller's transaction, that this worker still holds the claim, and keeps it held (the inbox row
	 * is locked) until that transaction ends.
	 * @throws ClaimLostException when another worker has claimed the message since, or it was erased
	 */
	void hold();

	/** The message's provider timestamp: with {@link #inboxId()}, its place in the conversation. */
	Instant sentAt();

	/** The message's inbox id, which breaks ties between messages sent in the same second. */
	long inboxId();

}
