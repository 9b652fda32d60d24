package io.recruitbot.whatsapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.TranscriptEntry;
import io.recruitbot.system.ApiError;
import io.recruitbot.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * {@code GET /api/candidates/{id}/messages/{messageId}/media}: the file a candidate sent with a message, for the
 * console to show (images) or download (everything else).
 * <p>
 * Fetched from the provider when asked, never kept here: nothing of the candidate's is stored beyond the message row,
 * and an erasure (which deletes the rows) leaves nothing to reach. The price is that a file lives as long as the
 * provider keeps it (Meta: 7 days for a media id from a webhook), after which this answers 404 {@code media_gone}.
 * The message must be the candidate's; an unknown candidate or message is 404. Served with the type WhatsApp gave it
 * when WhatsApp sends that type (else as plain bytes), inline only for pictures, never sniffed, cached only by the
 * recruiter's own browser.
 */
@RestController
class MessageMediaController {

	private static final Logger log = LoggerFactory.getLogger(MessageMediaController.class);

	/** Long enough that a transcript drawn again does not fetch every picture again, short beside an erasure. */
	private static final Duration KEPT_BY_THE_BROWSER = Duration.ofMinutes(5);

	private final CandidateRepository candidates;

	private final Transcript transcript;

	private final WhatsAppGateway gateway;

	MessageMediaController(CandidateRepository candidates, Transcript transcript, WhatsAppGateway gateway) {
		this.candidates = candidates;
		this.transcript = transcript;
		this.gateway = gateway;
	}

	@GetMapping("/api/candidates/{id}/messages/{messageId}/media")
	ResponseEntity<InputStreamResource> media(@PathVariable String id, @PathVariable String messageId) {
		Candidate candidate = this.candidates.findForApi(id);
		TranscriptEntry.Media media = this.transcript.media(candidate.id(), parse(messageId))
			.orElseThrow(() -> new NotFoundException("The candidate has no message '" + messageId + "' with a file."));
		MediaFile file = this.gateway.media(media.providerMediaId(), MediaLimits.largest(media.mimeType()));
		boolean inline = MediaLimits.shownInline(media.mimeType());
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(MediaFileName.of(media.fileName(), media.mimeType()), StandardCharsets.UTF_8)
			.build();
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(MediaLimits.servedAs(media.mimeType()))
			.headers((headers) -> {
				headers.setContentDisposition(disposition);
				headers.set("X-Content-Type-Options", "nosniff");
			})
			.cacheControl(CacheControl.maxAge(KEPT_BY_THE_BROWSER).cachePrivate());
		if (file.size() >= 0) {
			answer.contentLength(file.size());
		}
		return answer.body(new InputStreamResource(file.content()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unavailable(MediaUnavailable ex) {
		return switch (ex.reason()) {
			case GONE -> problem(HttpStatus.NOT_FOUND, "media_gone", ex.getMessage());
			case TOO_LARGE -> problem(HttpStatus.BAD_GATEWAY, "media_too_large", ex.getMessage());
			case PROVIDER_FAILED -> problem(HttpStatus.BAD_GATEWAY, "provider_failed", ex.getMessage());
		};
	}

	/**
	 * The file broke off on its way (the provider's connection, or more bytes than allowed): the recruiter's answer is
	 * cut short, or, when nothing was sent yet, a 502. A recruiter who closed the tab is no failure.
	 */
	@ExceptionHandler
	ResponseEntity<ApiError> brokenOff(IOException ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			return null;
		}
		log.warn("A candidate's file broke off on its way from the provider: {}", ex.getMessage());
		return problem(HttpStatus.BAD_GATEWAY, "provider_failed", "The file broke off on its way from the provider.");
	}

	private static ResponseEntity<ApiError> problem(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(code, message));
	}

	private static UUID parse(String messageId) {
		try {
			return UUID.fromString(messageId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("The candidate has no message '" + messageId + "' with a file.");
		}
	}

}
