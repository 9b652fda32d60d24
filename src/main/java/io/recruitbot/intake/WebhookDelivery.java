package io.recruitbot.intake;

import java.util.List;

import io.recruitbot.whatsapp.DeliveryStatusUpdate;

/**
 * Everything one webhook delivery reported: the candidates' messages, status reports about outbound messages, and
 * errors the provider raised about the account or the webhook itself.
 */
record WebhookDelivery(List<InboundMessage> messages, List<DeliveryStatusUpdate> statuses, List<ProviderError> errors) {

	/** An error the provider reported outside any message, such as a rate limit or a broken template. */
	record ProviderError(String code, String title) {
	}

}
