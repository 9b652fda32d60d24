package io.recruitbot.intake;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recruitbot.candidate.PhoneNumber;
import io.recruitbot.system.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sandbox/inbound}: a text message "from" any phone number, for the simulator and for trying the bot
 * without WhatsApp. It goes through the same inbox as a real webhook delivery.
 */
@RestController
class SandboxInboundController {

	private static final int LONGEST_TEXT = 4096;

	private final WebhookIntake intake;

	private final Clock clock;

	SandboxInboundController(WebhookIntake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	@PostMapping("/api/sandbox/inbound")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> inbound(@RequestBody SandboxMessage message) {
		String phone = PhoneNumber.normalize(message.from());
		if (phone == null || phone.length() > 32) {
			throw new BadRequestException("validation_failed", "'from' must be a phone number.");
		}
		String text = PlainText.clean(message.text());
		if (text == null || text.isBlank()) {
			throw new BadRequestException("validation_failed", "'text' is required.");
		}
		if (text.length() > LONGEST_TEXT) {
			throw new BadRequestException("validation_failed", "'text' is longer than WhatsApp allows (4096).");
		}
		String id = "sandbox-" + UUID.randomUUID();
		String name = PlainText.clean(message.profileName());
		String profileName = (name == null || name.length() <= 200) ? name : name.substring(0, 200);
		InboundMessage inbound = new InboundMessage(id, phone, profileName, this.clock.instant(),
				InboundType.TEXT, text, null, null, null);
		this.intake.accept("sandbox", new WebhookDelivery(List.of(inbound), List.of(), List.of()));
		return Map.of("id", id);
	}

	record SandboxMessage(String from, String profileName, String text) {
	}

}
