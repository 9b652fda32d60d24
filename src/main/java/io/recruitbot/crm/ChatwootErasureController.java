package io.recruitbot.crm;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recruitbot.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasures Chatwoot has not done yet, beside the inbox's dead letters: which candidate (by id only), how many attempts
 * failed and why; and a retry now, e.g. after the token was changed to an administrator's.
 */
@RestController
class ChatwootErasureController {

	/** One erasure waiting for Chatwoot. */
	record WaitingErasure(UUID candidateId, Long chatwootContactId, int attempts, String lastError) {
	}

	private final CrmRecords records;

	private final ChatwootErasures erasures;

	private final Clock clock;

	ChatwootErasureController(CrmRecords records, ChatwootErasures erasures, Clock clock) {
		this.records = records;
		this.erasures = erasures;
		this.clock = clock;
	}

	@GetMapping("/api/dead-letters/chatwoot-erasures")
	List<WaitingErasure> waiting() {
		return this.records.pendingErasures()
			.stream()
			.map((erasure) -> new WaitingErasure(erasure.candidateId(), erasure.contactId(), erasure.attempts(),
					erasure.lastError()))
			.toList();
	}

	@PostMapping("/api/dead-letters/chatwoot-erasures/{candidateId}/retry")
	Map<String, Object> retry(@PathVariable UUID candidateId) {
		if (!this.records.retryErasureNow(candidateId, this.clock.instant())) {
			throw new NotFoundException("No Chatwoot erasure waits for candidate " + candidateId + ".");
		}
		this.erasures.eraseDue();
		boolean done = this.records.pendingErasures().stream().noneMatch((e) -> e.candidateId().equals(candidateId));
		return Map.of("candidateId", candidateId, "state", done ? "DONE" : "WAITING");
	}

}
