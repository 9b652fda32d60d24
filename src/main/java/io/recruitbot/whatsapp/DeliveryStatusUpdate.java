package io.recruitbot.whatsapp;

import java.time.Instant;

/**
 * What a provider reported about an outbound message: {@code sent}, {@code delivered}, {@code read} or
 * {@code failed} (with the provider's error code, such as 131047 for a closed customer-service window).
 */
public record DeliveryStatusUpdate(String providerMessageId, String status, Instant at, String errorCode,
		String errorTitle) {
}
