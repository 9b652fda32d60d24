package io.recruitbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.recruitbot.candidate.PhoneNumber;
import io.recruitbot.intake.InboundMessage.Location;
import io.recruitbot.intake.InboundMessage.Media;
import io.recruitbot.intake.WebhookDelivery.ProviderError;
import io.recruitbot.whatsapp.DeliveryStatusUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Reads the WhatsApp Cloud API webhook shape (Meta's, which 360dialog forwards unchanged): every entry, every change,
 * every message and status in it. Fields it does not know are ignored, so new provider fields never break intake.
 * 360dialog's older On-Premise shape, with {@code messages} and {@code statuses} at the top level, is read too.
 */
@Component
class WhatsAppPayloadReader {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppPayloadReader.class);

	// WhatsApp's own limits (4,096 characters of text, ids and numbers far shorter); longer values cannot be genuine
	// and would not fit the inbox, so a signed but oversized message is cut rather than refused forever
	private static final int LONGEST_TEXT = 4096;

	private static final int LONGEST_ID = 200;

	private static final int LONGEST_PHONE = 32;

	private static final int LONGEST_ERROR_CODE = 20;

	/** How far ahead of our clock a provider's may be; a later timestamp would sort after messages not yet sent. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final Clock clock;

	private final RateLimitedLog skipped;

	WhatsAppPayloadReader(Clock clock) {
		this.clock = clock;
		this.skipped = new RateLimitedLog(log, Duration.ofSeconds(10), clock);
	}

	WebhookDelivery read(JsonNode root) {
		List<InboundMessage> messages = new ArrayList<>();
		List<DeliveryStatusUpdate> statuses = new ArrayList<>();
		List<ProviderError> errors = new ArrayList<>();
		if (root.has("entry")) {
			for (JsonNode entry : root.path("entry")) {
				for (JsonNode change : entry.path("changes")) {
					readValue(change.path("value"), messages, statuses, errors);
				}
			}
		}
		else {
			readValue(root, messages, statuses, errors);
		}
		return new WebhookDelivery(messages, statuses, errors);
	}

	private void readValue(JsonNode value, List<InboundMessage> messages, List<DeliveryStatusUpdate> statuses,
			List<ProviderError> errors) {
		Map<String, String> profileNames = new HashMap<>();
		for (JsonNode contact : value.path("contacts")) {
			String name = cut(text(contact.path("profile"), "name"), 200);
			if (name != null) {
				profileNames.put(contact.path("wa_id").asString(""), name);
			}
		}
		for (JsonNode message : value.path("messages")) {
			InboundMessage inbound = readMessage(message, profileNames);
			if (inbound != null) {
				messages.add(inbound);
			}
		}
		for (JsonNode status : value.path("statuses")) {
			DeliveryStatusUpdate update = readStatus(status);
			if (update != null) {
				statuses.add(update);
			}
		}
		for (JsonNode error : value.path("errors")) {
			errors.add(new ProviderError(error.path("code").asString(null), text(error, "title")));
		}
	}

	private InboundMessage readMessage(JsonNode message, Map<String, String> profileNames) {
		String id = text(message, "id");
		String from = text(message, "from");
		String phone = PhoneNumber.normalize(from);
		if (id == null || phone == null || id.length() > LONGEST_ID || phone.length() > LONGEST_PHONE) {
			this.skipped.warn("Skipped a webhook message without a valid id or sender");
			return null;
		}
		Instant sentAt = timestamp(message);
		String profileName = profileNames.get(from);
		String type = message.path("type").asString("");
		switch (type) {
			case "text":
				return text(id, phone, profileName, sentAt, InboundType.TEXT, text(message.path("text"), "body"), null);
			case "interactive":
				return readInteractive(message.path("interactive"), id, phone, profileName, sentAt);
			case "button":
				// a quick-reply button of a template message: what it says and the payload the template defined
				JsonNode button = message.path("button");
				return text(id, phone, profileName, sentAt, InboundType.BUTTON_REPLY, text(button, "text"),
						text(button, "payload"));
			case "document":
				return media(id, phone, profileName, sentAt, InboundType.DOCUMENT, message.path("document"));
			case "image":
				return media(id, phone, profileName, sentAt, InboundType.IMAGE, message.path("image"));
			case "audio":
				return media(id, phone, profileName, sentAt, InboundType.AUDIO, message.path("audio"));
			case "location":
				return location(id, phone, profileName, sentAt, message.path("location"));
			default:
				return text(id, phone, profileName, sentAt, InboundType.UNSUPPORTED, null, null);
		}
	}

	private InboundMessage readInteractive(JsonNode interactive, String id, String phone, String profileName,
			Instant sentAt) {
		String kind = interactive.path("type").asString("");
		if (kind.equals("button_reply") || kind.equals("list_reply")) {
			JsonNode reply = interactive.path(kind);
			InboundType type = kind.equals("button_reply") ? InboundType.BUTTON_REPLY : InboundType.LIST_REPLY;
			return text(id, phone, profileName, sentAt, type, text(reply, "title"), text(reply, "id"));
		}
		return text(id, phone, profileName, sentAt, InboundType.UNSUPPORTED, null, null);
	}

	private static InboundMessage text(String id, String phone, String profileName, Instant sentAt, InboundType type,
			String text, String replyId) {
		return new InboundMessage(id, phone, profileName, sentAt, type, text, replyId, null, null);
	}

	private static InboundMessage media(String id, String phone, String profileName, Instant sentAt, InboundType type,
			JsonNode media) {
		String caption = text(media, "caption");
		Media attachment = new Media(cut(text(media, "id"), LONGEST_ID), cut(text(media, "mime_type"), 100),
				cut(text(media, "filename"), 300), caption);
		return new InboundMessage(id, phone, profileName, sentAt, type, caption, null, attachment, null);
	}

	private static InboundMessage location(String id, String phone, String profileName, Instant sentAt,
			JsonNode location) {
		Location pin = new Location(location.path("latitude").asDouble(0), location.path("longitude").asDouble(0),
				text(location, "name"), text(location, "address"));
		String label = (pin.name() != null) ? pin.name() : pin.address();
		return new InboundMessage(id, phone, profileName, sentAt, InboundType.LOCATION, label, null, null, pin);
	}

	private DeliveryStatusUpdate readStatus(JsonNode status) {
		String id = text(status, "id");
		String state = text(status, "status");
		if (id == null || state == null) {
			return null;
		}
		JsonNode error = status.path("errors").path(0);
		return new DeliveryStatusUpdate(id, state, timestamp(status),
				cut(PlainText.clean(error.path("code").asString(null)), LONGEST_ERROR_CODE), text(error, "title"));
	}

	/**
	 * The provider's timestamp (epoch seconds, as a string); the receive time when it is missing, unreadable or out
	 * of range (before 1970 or in the future), so that a signed delivery is never refused for it (year 300000 does
	 * not fit a database timestamp) and never sorts ahead of the conversation's later messages.
	 */
	private Instant timestamp(JsonNode node) {
		long seconds = node.path("timestamp").asLong(-1);
		Instant now = this.clock.instant();
		return (seconds > 0 && seconds <= now.plus(CLOCK_SKEW).getEpochSecond()) ? Instant.ofEpochSecond(seconds) : now;
	}

	private static String cut(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/** A field's text, cleaned and cut to {@link #LONGEST_TEXT}; null when absent or not a value. */
	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isValueNode() || value.isNull()) {
			return null;
		}
		return cut(PlainText.clean(value.asString()), LONGEST_TEXT);
	}

}
