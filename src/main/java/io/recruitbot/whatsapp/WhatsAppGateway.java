package io.recruitbot.whatsapp;

import io.recruitbot.whatsapp.OutboundMessage.Content;

/** Hands one message to WhatsApp, and hands over the files candidates send. */
interface WhatsAppGateway {

	/** The provider's name, as {@code WHATSAPP_PROVIDER} spells it (for metrics and health). */
	String provider();

	/** Whether messages leave the machine at all. */
	default boolean delivers() {
		return true;
	}

	/**
	 * Sends the content and answers the provider's message id (null when the provider accepted without one).
	 * @throws DeliveryFailure when the provider refused or could not be reached
	 */
	String send(String to, Content content);

	/**
	 * A file a candidate sent, by the media id the provider's webhook named, fetched from the provider now (nothing
	 * is kept here). The caller closes it.
	 * @param largest the most bytes the file may have (WhatsApp's limit for its kind, see {@link MediaLimits})
	 * @throws MediaUnavailable when the provider no longer has it, it is larger, or the provider failed
	 */
	MediaFile media(String mediaId, long largest);

}
