package io.recruitbot.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.recruitbot.intake.WebhookSignatures.Verdict;
import io.recruitbot.system.ApiError;
import io.recruitbot.system.BadRequestException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp webhooks (CONTRACT section 2): Meta's verification handshake and deliveries from Meta and 360dialog.
 * A delivery is checked in the order that is cheapest to refuse (size, signature over the raw bytes, then JSON) and
 * answered 200 only once it is stored; 503 when storage is down, so that the provider delivers it again later.
 */
@RestController
class WhatsAppWebhookController {

	/** The acknowledgement, written once: an answer with a known length goes out in one write. */
	private static final byte[] RECEIVED = "{\"status\":\"received\"}".getBytes(StandardCharsets.UTF_8);

	private final WebhookSignatures signatures;

	private final WhatsAppPayloadReader payloads;

	private final WebhookIntake intake;

	private final WebhookSettings settings;

	private final IntakeMetrics metrics;

	private final ObjectReader jsonReader;

	WhatsAppWebhookController(WebhookSignatures signatures, WhatsAppPayloadReader payloads, WebhookIntake intake,
			WebhookSettings settings, IntakeMetrics metrics, JsonMapper json) {
		this.signatures = signatures;
		this.payloads = payloads;
		this.intake = intake;
		this.settings = settings;
		this.metrics = metrics;
		this.jsonReader = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	@GetMapping("/webhooks/whatsapp")
	ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		boolean subscribing = "subscribe".equals(mode) && challenge != null && token != null;
		if (subscribing && this.settings.hasMetaVerifyToken() && MessageDigest.isEqual(
				token.getBytes(StandardCharsets.UTF_8), this.settings.metaVerifyToken().getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(new ApiError("forbidden", "The verify token does not match WHATSAPP_VERIFY_TOKEN."));
	}

	@PostMapping(path = "/webhooks/whatsapp", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> meta(HttpServletRequest request,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
		byte[] body = readBody(request);
		if (body == null) {
			return tooLarge();
		}
		return receive("meta", body, this.signatures.meta(body, signature));
	}

	@PostMapping(path = "/webhooks/360dialog", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> dialog360(HttpServletRequest request,
			@RequestHeader(name = "X-Webhook-Secret", required = false) String secret,
			@RequestHeader(name = "x-360dialog-signature", required = false) String signature) {
		byte[] body = readBody(request);
		if (body == null) {
			return tooLarge();
		}
		return receive("360dialog", body, this.signatures.dialog360(body, secret, signature));
	}

	/**
	 * Any other content type: the mappings above take only JSON. Counted like every other refusal, then answered the
	 * way the whole API answers it ({@code ApiExceptionHandler}).
	 */
	@PostMapping(path = { "/webhooks/whatsapp", "/webhooks/360dialog" })
	void notJson() throws HttpMediaTypeNotSupportedException {
		this.metrics.rejected("unsupported_media_type");
		throw new HttpMediaTypeNotSupportedException("A webhook delivery must be JSON");
	}

	private ResponseEntity<?> receive(String provider, byte[] body, Verdict verdict) {
		if (verdict != Verdict.ACCEPTED) {
			this.metrics.rejected(verdict.reason());
			return refuse(HttpStatus.UNAUTHORIZED, verdict.reason(), (verdict == Verdict.NOT_CONFIGURED)
					? "This webhook has no secret configured; see docs/api.md." : "The webhook signature is missing or wrong.");
		}
		JsonNode root;
		try {
			root = this.jsonReader.readValue(body);
		}
		catch (JacksonException ex) {
			this.metrics.rejected("malformed_json");
			return refuse(HttpStatus.BAD_REQUEST, "malformed_json", "The request body is not valid JSON.");
		}
		if (root == null || !root.isObject()) {
			this.metrics.rejected("malformed_json");
			return refuse(HttpStatus.BAD_REQUEST, "malformed_json", "The request body must be a JSON object.");
		}
		// a storage failure propagates to StorageUnavailableAdvice: 503, and the provider delivers again
		this.intake.accept(provider, this.payloads.read(root));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(RECEIVED);
	}

	/** The raw body; null when too large. A sender that breaks off mid-body gets a 400 it will not read. */
	private static byte[] readBody(HttpServletRequest request) {
		try {
			return WebhookBody.read(request);
		}
		catch (IOException ex) {
			throw new BadRequestException("unreadable_body", "The request body could not be read.");
		}
	}

	private ResponseEntity<ApiError> tooLarge() {
		this.metrics.rejected("too_large");
		return refuse(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "The body is larger than 3 MiB.");
	}

	private static ResponseEntity<ApiError> refuse(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(code, message));
	}

}
