package io.recruitbot.conversation;

import java.util.Map;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Support view of a conversation: the checkpointed workflow state of the candidate writing from a phone number. */
@RestController
class ConversationStateController {

	private final CandidateRepository candidates;

	private final ScreeningEngine engine;

	ConversationStateController(CandidateRepository candidates, ScreeningEngine engine) {
		this.candidates = candidates;
		this.engine = engine;
	}

	@GetMapping("/api/conversations/{phone}/state")
	Map<String, Object> state(@PathVariable String phone) {
		return this.candidates.findByPhone(phone)
			.flatMap((candidate) -> this.engine.state(candidate.id()))
			.orElseThrow(() -> new NotFoundException("No conversation with phone number " + phone + "."));
	}

}
