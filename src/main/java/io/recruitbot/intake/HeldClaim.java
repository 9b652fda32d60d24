package io.recruitbot.intake;

import java.time.Instant;

import io.recruitbot.intake.Inbox.ClaimedMessage;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The fence of a message this worker claimed: checked against the inbox row's claim token. */
final class HeldClaim implements ClaimFence {

	private final Inbox inbox;

	private final ClaimedMessage claimed;

	HeldClaim(Inbox inbox, ClaimedMessage claimed) {
		this.inbox = inbox;
		this.claimed = claimed;
	}

	@Override
	public void hold() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// outside a transaction the lock would be gone before the side effects are written
			throw new IllegalStateException("A claim is held inside the transaction of the side effects");
		}
		if (!this.inbox.holds(this.claimed)) {
			throw new ClaimLostException(this.claimed.id());
		}
	}

	@Override
	public Instant sentAt() {
		return this.claimed.message().sentAt();
	}

	@Override
	public long inboxId() {
		return this.claimed.id();
	}

}
