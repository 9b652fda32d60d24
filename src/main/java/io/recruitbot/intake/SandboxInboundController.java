package io.recruitbot.intake;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recruitbot.candidate.PhoneNumber;
import io.recruitbot.intake.InboundMessage.Media;
import io.recruitbot.system.BadRequestException;
import io.recruitbot.whatsapp.SandboxMedia;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sandbox/inbound}: a text message "from" any phone number, for the simulator and for trying the bot
 * without WhatsApp. It goes through the same inbox as a real webhook delivery. With {@code "mediaId"} (from
 * {@code POST /api/sandbox/media}) it is an image, document or voice message with the text as its caption, named by
 * its media id as a webhook names it.
 */
@RestController
class SandboxInboundController {

	private static final int LONGEST_TEXT = 4096;

	private final WebhookIntake intake;

	private final Clock clock;

	private final SandboxMedia media;

	SandboxInboundController(WebhookIntake intake, Clock clock, SandboxMedia media) {
		this.intake = intake;
		this.clock = clock;
		this.media = media;
	}

	@PostMapping("/api/sandbox/inbound")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> inbound(@RequestBody SandboxMessage message) {
		String phone = PhoneNumber.normalize(message.from());
		if (phone == null || phone.length() > 32) {
			throw new BadRequestException("validation_failed", "'from' must be a phone number.");
		}
		String text = PlainText.clean(message.text());
		Media attachment = (message.mediaId() != null) ? attachment(message.mediaId(), text) : null;
		if (attachment == null && (text == null || text.isBlank())) {
			throw new BadRequestException("validation_failed", "'text' is required.");
		}
		if (text != null && text.length() > LONGEST_TEXT) {
			throw new BadRequestException("validation_failed", "'text' is longer than WhatsApp allows (4096).");
		}
		String id = "sandbox-" + UUID.randomUUID();
		String name = PlainText.clean(message.profileName());
		String profileName = (name == null || name.length() <= 200) ? name : name.substring(0, 200);
		InboundType type = (attachment != null) ? kind(attachment.mimeType()) : InboundType.TEXT;
		InboundMessage inbound = new InboundMessage(id, phone, profileName, this.clock.instant(), type,
				(text == null || text.isBlank()) ? null : text, null, attachment, null);
		this.intake.accept("sandbox", new WebhookDelivery(List.of(inbound), List.of(), List.of()));
		return Map.of("id", id);
	}

	private Media attachment(String mediaId, String caption) {
		SandboxMedia.File file = this.media.find(mediaId)
			.orElseThrow(() -> new BadRequestException("validation_failed",
					"'mediaId' names no file sent with POST /api/sandbox/media (the sandbox keeps them in memory)."));
		kind(file.mimeType());
		return new Media(file.id(), file.mimeType(), file.fileName(),
				(caption == null || caption.isBlank()) ? null : caption);
	}

	/** What a webhook would call a file of this type: WhatsApp sends pictures, voice messages and documents. */
	private static InboundType kind(String mimeType) {
		if (mimeType.startsWith("image/")) {
			return InboundType.IMAGE;
		}
		if (mimeType.startsWith("audio/")) {
			return InboundType.AUDIO;
		}
		if (mimeType.startsWith("video/")) {
			throw new BadRequestException("validation_failed", "The simulator sends images, documents and voice messages.");
		}
		return InboundType.DOCUMENT;
	}

	/** @param mediaId a file sent before with {@code POST /api/sandbox/media}; then {@code text} is its caption */
	record SandboxMessage(String from, String profileName, String text, String mediaId) {
	}

}
