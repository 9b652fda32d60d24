package io.recruitbot.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import io.recruitbot.system.ApiError;
import io.recruitbot.system.BadRequestException;
import io.recruitbot.system.ConflictException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sandbox/media?fileName=}: the simulator's upload of a file "sent from WhatsApp", the body being the
 * file and {@code Content-Type} its type, as Meta's own media upload answers a media id. That id then goes with
 * {@code POST /api/sandbox/inbound} ({@code "mediaId"}). Only with the sandbox gateway, which keeps the file
 * ({@link SandboxMedia}); a real provider would never hand it over.
 */
@RestController
class SandboxMediaController {

	private static final String TOO_LARGE = "The simulator sends files of at most "
			+ (SandboxMedia.LARGEST_FILE / (1024 * 1024)) + " MB.";

	private final SandboxMedia media;

	private final WhatsAppSettings settings;

	SandboxMediaController(SandboxMedia media, WhatsAppSettings settings) {
		this.media = media;
		this.settings = settings;
	}

	@PostMapping("/api/sandbox/media")
	ResponseEntity<?> upload(HttpServletRequest request,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestParam(required = false) String fileName) throws IOException {
		if (this.settings.chosenProvider() != WhatsAppProvider.SANDBOX) {
			throw new ConflictException("not_sandbox", "Files can be sent this way only with WHATSAPP_PROVIDER=sandbox.");
		}
		if (MediaLimits.known(contentType) == null) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
					"Send a file of a type WhatsApp carries (such as image/jpeg, image/png or application/pdf).");
		}
		if (request.getContentLengthLong() > SandboxMedia.LARGEST_FILE) {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", TOO_LARGE);
		}
		if (fileName != null && fileName.length() > 300) {
			throw new BadRequestException("validation_failed", "fileName must be at most 300 characters.");
		}
		byte[] bytes;
		try (InputStream body = request.getInputStream()) {
			bytes = body.readNBytes(SandboxMedia.LARGEST_FILE + 1);
		}
		if (bytes.length > SandboxMedia.LARGEST_FILE) {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", TOO_LARGE);
		}
		try {
			SandboxMedia.File file = this.media.keep(contentType, fileName, bytes);
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("id", file.id(), "mimeType", file.mimeType()));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("validation_failed", ex.getMessage());
		}
	}

	private static ResponseEntity<ApiError> refuse(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(code, message));
	}

}
