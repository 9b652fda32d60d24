package io.recruitbot.conversation;

import java.util.List;

import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.TranscriptEntry;
import io.recruitbot.conversation.llm.LlmSettings;
import io.recruitbot.conversation.understanding.ReadingContext;
import io.recruitbot.conversation.understanding.ReadingContext.Speaker;
import io.recruitbot.conversation.understanding.ReadingContext.Turn;

import org.springframework.stereotype.Component;

/**
 * The {@link ReadingContext} of the message a state holds. The recent turns are read from the transcript only when a
 * language model is configured and may read the message: otherwise nobody needs them.
 */
@Component
class ReadingContexts {

	private final Transcript transcript;

	private final LlmSettings settings;

	ReadingContexts(Transcript transcript, LlmSettings settings) {
		this.transcript = transcript;
		this.settings = settings;
	}

	ReadingContext of(ScreeningState state) {
		ReadingContext flags = new ReadingContext(state.hasConsent(), state.status() == CandidateStatus.HANDED_OFF,
				state.status() == CandidateStatus.OPTED_OUT, List.of(), state.profile(),
				state.matchedVacancyIds().stream().findFirst().orElse(null));
		if (!flags.mayLeaveTheService() || !this.settings.modelConfigured() || this.settings.contextTurns() == 0) {
			return flags;
		}
		return new ReadingContext(flags.consentGiven(), flags.humanHasConversation(), flags.optedOut(),
				turnsBefore(state), flags.profileSoFar(), flags.vacancyInPlay());
	}

	/** The turns before the message being read, which the transcript already holds as its last inbound entry. */
	private List<Turn> turnsBefore(ScreeningState state) {
		List<TranscriptEntry> latest = this.transcript.latest(state.candidateId(), this.settings.contextTurns() + 1);
		int end = latest.size();
		if (end > 0 && "inbound".equals(latest.get(end - 1).direction())) {
			end--;
		}
		return latest.subList(Math.max(0, end - this.settings.contextTurns()), end)
			.stream()
			.filter((entry) -> entry.text() != null && !entry.text().isBlank())
			.map((entry) -> new Turn("inbound".equals(entry.direction()) ? Speaker.CANDIDATE : Speaker.RECRUITER,
					entry.text()))
			.toList();
	}

}
