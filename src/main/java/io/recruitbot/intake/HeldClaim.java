package io.recruitbot.intake;

import java.time.Instant;

import io.recruitbot.intake.InboxClaims.ClaimedMessage;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The fence of a message this worker claimed: checked against the inbox row's claim token. */
final class HeldClaim implements ClaimFence {

	private final InboxClaims claims;

	private final ClaimedMessage claimed;

	HeldClaim(InboxClaims claims, ClaimedMessage claimed) {
		this.claims = claims;
		this.claimed = claimed;
	}

	@Override
	public void hold() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// outside a transaction the lock would be gone before the side effects are written
			throw new IllegalStateException("A claim is held inside the transaction of the side effects");
		}
		if (!this.claims.holds(this.claimed)) {
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

	/** When the inbox stored the message. */
	Instant receivedAt() {
		return this.claimed.receivedAt();
	}

}
