package io.recruitbot.crm;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Chatwoot webhooks are authenticated: {@code CHATWOOT_WEBHOOK_SECRET}, or nothing at all when
 * {@code ALLOW_UNSIGNED_WEBHOOKS=true} (local development only).
 */
@ConfigurationProperties("recruitbot.webhooks")
record ChatwootWebhookSettings(String chatwootSecret, boolean allowUnsigned) {

	boolean hasSecret() {
		return this.chatwootSecret != null && !this.chatwootSecret.isBlank();
	}

}
