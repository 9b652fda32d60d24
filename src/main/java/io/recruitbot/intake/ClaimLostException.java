package io.recruitbot.intake;

/**
 * The worker no longer holds the claim on the message it processes: another worker took it over after the lease ran
 * out, or the message was erased. Nothing it wrote in the refusing transaction is kept; the message is the other
 * worker's now.
 */
public class ClaimLostException extends RuntimeException {

	public ClaimLostException(long inboxId) {
		super("The claim on inbox message " + inboxId + " is no longer held");
	}

}
