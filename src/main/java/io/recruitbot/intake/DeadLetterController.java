package io.recruitbot.intake;

import java.util.List;
import java.util.Map;

import io.recruitbot.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for inbound messages whose processing kept failing: list them, give one another chance. */
@RestController
class DeadLetterController {

	private final Inbox inbox;

	private final InboxWorkers workers;

	private final IntakeMetrics metrics;

	DeadLetterController(Inbox inbox, InboxWorkers workers, IntakeMetrics metrics) {
		this.inbox = inbox;
		this.workers = workers;
		this.metrics = metrics;
	}

	@GetMapping("/api/dead-letters")
	List<DeadLetter> deadLetters() {
		return this.inbox.deadLetters();
	}

	@PostMapping("/api/dead-letters/{id}/retry")
	Map<String, Object> retry(@PathVariable long id) {
		if (!this.inbox.retry(id)) {
			throw new NotFoundException("No dead letter with id " + id + ".");
		}
		this.metrics.refresh();
		this.workers.wake();
		return Map.of("id", id, "state", Inbox.PENDING);
	}

}
