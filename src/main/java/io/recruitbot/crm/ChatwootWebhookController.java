package io.recruitbot.crm;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import io.recruitbot.system.ApiError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/chatwoot}: events from the recruiters' Chatwoot. The raw body is checked (size, type,
 * signature) before it is parsed; events are handled in one transaction, so 200 means the reply is in the outbox.
 */
@RestController
class ChatwootWebhookController {

	static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

	private final ChatwootWebhookSettings settings;

	private final HumanHandoff handoff;

	private final JsonMapper json;

	private final Clock clock;

	ChatwootWebhookController(ChatwootWebhookSettings settings, HumanHandoff handoff, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.handoff = handoff;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/webhooks/chatwoot")
	ResponseEntity<?> receive(HttpServletRequest request,
			@RequestHeader(name = "X-Chatwoot-Signature", required = false) String signature,
			@RequestHeader(name = "X-Chatwoot-Timestamp", required = false) String timestamp,
			@RequestParam(name = "token", required = false) String token) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "The body is larger than 3 MiB.");
		}
		if (!isJson(request.getContentType())) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Send the body as application/json.");
		}
		byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
		if (body == null) {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "The body is larger than 3 MiB.");
		}
		ChatwootSignature.Verdict verdict = ChatwootSignature.check(this.settings, signature, timestamp, token, body,
				this.clock.instant());
		if (!verdict.accepted()) {
			return refuse(HttpStatus.UNAUTHORIZED, "invalid_signature", verdict.refusal());
		}
		JsonNode event;
		try {
			event = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return refuse(HttpStatus.BAD_REQUEST, "malformed_json", "The body is not valid JSON.");
		}
		if (event == null || !event.isObject() || !event.path("event").isString()) {
			return refuse(HttpStatus.BAD_REQUEST, "malformed_event", "A Chatwoot event is a JSON object with an 'event' name.");
		}
		HumanHandoff.Outcome outcome;
		try {
			outcome = this.handoff.handle(event);
		}
		catch (DuplicateKeyException ex) {
			// the same recruiter reply delivered twice at once: the other delivery relayed it
			outcome = HumanHandoff.Outcome.IGNORED;
		}
		return ResponseEntity.ok(Map.of("status", "ok", "outcome", outcome.code()));
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body, or null when it is longer than the limit (chunked bodies carry no length to check up front). */
	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		byte[] body = in.readNBytes(limit + 1);
		return (body.length > limit) ? null : body;
	}

	private static ResponseEntity<ApiError> refuse(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).body(new ApiError(code, message));
	}

}
