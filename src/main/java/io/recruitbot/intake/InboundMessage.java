package io.recruitbot.intake;

import java.time.Instant;

/**
 * One message a candidate sent, as understood from any provider's webhook (or the sandbox), in the order the inbox
 * hands it on.
 *
 * @param providerMessageId the provider's id ({@code wamid...}); the deduplication key
 * @param phone the sender's {@code wa_id}, digits only
 * @param profileName the WhatsApp profile name, when the provider sent one
 * @param sentAt the provider timestamp
 * @param type what kind of message it is
 * @param text what to read: the text body, the chosen button or list row title, or a media caption
 * @param replyId the id of the chosen button or list row, for {@link InboundType#BUTTON_REPLY} and
 * {@link InboundType#LIST_REPLY} (and template quick-reply payloads)
 * @param media the attachment of a document, image or audio message, otherwise null
 * @param location the shared location, otherwise null
 */
public record InboundMessage(String providerMessageId, String phone, String profileName, Instant sentAt,
		InboundType type, String text, String replyId, Media media, Location location) {

	/**
	 * Without control characters ({@link PlainText}), NUL among them, which PostgreSQL refuses in text: a candidate
	 * cannot be told their message was invalid, so it is kept without them rather than failing until it is a dead letter.
	 */
	public InboundMessage {
		profileName = storable(profileName);
		text = storable(text);
	}

	static String storable(String text) {
		return PlainText.clean(text);
	}

	/** An attachment: the provider's media id (to download it later), its MIME type, file name and caption. */
	public record Media(String id, String mimeType, String fileName, String caption) {

		public Media {
			fileName = storable(fileName);
			caption = storable(caption);
		}

	}

	/** A shared location pin. */
	public record Location(double latitude, double longitude, String name, String address) {

		public Location {
			name = storable(name);
			address = storable(address);
		}

	}

}
