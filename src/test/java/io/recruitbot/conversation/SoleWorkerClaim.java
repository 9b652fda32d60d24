package io.recruitbot.conversation;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.recruitbot.intake.ClaimFence;
import io.recruitbot.intake.InboundMessage;

/**
 * The claim of a worker nobody can take a message from: for tests that hand messages straight to the engine, with no
 * inbox in between. Its inbox ids grow with each message, as an inbox's do, so the order rules apply as in production.
 */
final class SoleWorkerClaim implements ClaimFence {

	private static final AtomicLong INBOX_IDS = new AtomicLong();

	private final Instant sentAt;

	private final long inboxId;

	private SoleWorkerClaim(Instant sentAt, long inboxId) {
		this.sentAt = sentAt;
		this.inboxId = inboxId;
	}

	static ClaimFence of(InboundMessage message) {
		return new SoleWorkerClaim(message.sentAt(), INBOX_IDS.incrementAndGet());
	}

	/** The claim on a message sent at that time and stored under that inbox id. */
	static ClaimFence at(Instant sentAt, long inboxId) {
		return new SoleWorkerClaim(sentAt, inboxId);
	}

	@Override
	public void hold() {
		// held for ever: there is no other worker
	}

	@Override
	public Instant sentAt() {
		return this.sentAt;
	}

	@Override
	public long inboxId() {
		return this.inboxId;
	}

}
