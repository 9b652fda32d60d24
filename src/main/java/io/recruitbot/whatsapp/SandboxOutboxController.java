package io.recruitbot.whatsapp;

import java.util.List;

import io.recruitbot.candidate.PhoneNumber;
import io.recruitbot.system.BadRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sandbox/outbox?to=}: what the bot wrote to a number, oldest first, whatever became of it. */
@RestController
class SandboxOutboxController {

	private final SandboxOutbox outbox;

	SandboxOutboxController(SandboxOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/sandbox/outbox")
	List<SandboxOutbox.Entry> outbox(@RequestParam(required = false) String to) {
		if (to == null || to.isBlank()) {
			throw new BadRequestException("validation_failed", "Query parameter 'to' (the recipient's number) is required.");
		}
		String phone = PhoneNumber.normalize(to);
		if (phone == null) {
			throw new BadRequestException("validation_failed", "Query parameter 'to' must contain digits.");
		}
		return this.outbox.to(phone);
	}

}
