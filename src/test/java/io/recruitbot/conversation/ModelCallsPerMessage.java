package io.recruitbot.conversation;

import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;

/**
 * A candidate's phone that counts, on the model's stand-in, the calls each message caused, split by whether the
 * message could leave the service when it was sent: only after consent, never after an opt-out or while a recruiter
 * has the conversation.
 */
final class ModelCallsPerMessage implements PersonaHarness.CandidatePhone {

	private static final Set<CandidateStatus> STAYS_IN = Set.of(CandidateStatus.OPTED_OUT, CandidateStatus.HANDED_OFF);

	private final PersonaHarness.CandidatePhone phone;

	private final CandidateRepository candidates;

	private final IntSupplier calls;

	private int mayLeave;

	private int staysIn;

	ModelCallsPerMessage(PersonaHarness.CandidatePhone phone, CandidateRepository candidates, IntSupplier calls) {
		this.phone = phone;
		this.candidates = candidates;
		this.calls = calls;
	}

	@Override
	public List<Chat.Sent> send(String waId, String profileName, String text) {
		boolean mayLeaveTheService = this.candidates.findByPhone(waId).map(ModelCallsPerMessage::mayLeave).orElse(false);
		int before = this.calls.getAsInt();
		List<Chat.Sent> replies = this.phone.send(waId, profileName, text);
		int made = this.calls.getAsInt() - before;
		if (mayLeaveTheService) {
			this.mayLeave += made;
		}
		else {
			this.staysIn += made;
		}
		return replies;
	}

	/** Calls for messages sent after consent, with the bot still in charge. */
	int afterConsent() {
		return this.mayLeave;
	}

	/** Calls for messages sent before consent, after an opt-out or during a hand-off: there must be none. */
	int whileTheMessageMayNotLeave() {
		return this.staysIn;
	}

	private static boolean mayLeave(Candidate candidate) {
		return candidate.consentAt() != null && !STAYS_IN.contains(candidate.status());
	}

}
