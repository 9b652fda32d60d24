package io.recruitbot.whatsapp;

import io.recruitbot.whatsapp.OutboundMessage.Content;

/** Hands one message to WhatsApp. */
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

}
