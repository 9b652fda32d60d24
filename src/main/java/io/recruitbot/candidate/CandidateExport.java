package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;

/** Everything stored about a candidate, for a GDPR access request. */
record CandidateExport(Candidate candidate, List<ConsentRecord> consents, List<TranscriptEntry> messages,
		List<RecruiterNote> notes, Instant exportedAt) {
}
