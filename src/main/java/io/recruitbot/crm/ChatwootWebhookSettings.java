package io.recruitbot.crm;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Chatwoot webhooks are authenticated. Chatwoot signs each kind of delivery with its own secret: the account
 * webhook ({@code CHATWOOT_WEBHOOK_SECRET}, from 4.11.2), the API inbox's webhook ({@code CHATWOOT_API_INBOX_SECRET})
 * and the agent bot's ({@code CHATWOOT_AGENT_BOT_SECRET}, both from 4.13). A shared {@code ?token=} is accepted only
 * when {@code CHATWOOT_WEBHOOK_TOKEN} is set explicitly, for versions that do not sign; nothing at all only when
 * {@code ALLOW_UNSIGNED_WEBHOOKS=true} (local development).
 */
@ConfigurationProperties("recruitbot.webhooks")
record ChatwootWebhookSettings(String chatwootSecret, String chatwootApiInboxSecret, String chatwootAgentBotSecret,
		String chatwootToken, boolean allowUnsigned) {

	/** The signing secrets that are set, by the variable that holds them (for refusals that name it). */
	Map<String, String> signingSecrets() {
		Map<String, String> secrets = new LinkedHashMap<>();
		putIfSet(secrets, "CHATWOOT_WEBHOOK_SECRET", this.chatwootSecret);
		putIfSet(secrets, "CHATWOOT_API_INBOX_SECRET", this.chatwootApiInboxSecret);
		putIfSet(secrets, "CHATWOOT_AGENT_BOT_SECRET", this.chatwootAgentBotSecret);
		return secrets;
	}

	boolean hasToken() {
		return this.chatwootToken != null && !this.chatwootToken.isBlank();
	}

	boolean anyCheck() {
		return !signingSecrets().isEmpty() || hasToken();
	}

	private static void putIfSet(Map<String, String> secrets, String variable, String value) {
		if (value != null && !value.isBlank()) {
			secrets.put(variable, value);
		}
	}

}
