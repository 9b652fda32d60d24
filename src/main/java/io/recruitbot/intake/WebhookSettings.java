package io.recruitbot.intake;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secrets that authenticate webhook deliveries. {@code WHATSAPP_APP_SECRET} may hold two comma-separated secrets
 * while Meta's app secret is being rotated; a delivery signed with either is accepted.
 *
 * @param dialog360Secret {@code DIALOG360_WEBHOOK_SECRET}, compared with the {@code X-Webhook-Secret} header
 * @param dialog360PartnerSecret {@code DIALOG360_PARTNER_SECRET}, the key of the {@code x-360dialog-signature} HMAC
 * @param metaAppSecret {@code WHATSAPP_APP_SECRET}, the key of the {@code X-Hub-Signature-256} HMAC
 * @param metaVerifyToken {@code WHATSAPP_VERIFY_TOKEN}, expected in Meta's GET verification handshake
 * @param chatwootSecret {@code CHATWOOT_WEBHOOK_SECRET}, for the Chatwoot webhook
 * @param allowUnsigned {@code ALLOW_UNSIGNED_WEBHOOKS}: accept deliveries of a provider whose secret is unset
 */
@ConfigurationProperties("recruitbot.webhooks")
record WebhookSettings(String dialog360Secret, String dialog360PartnerSecret, String metaAppSecret,
		String metaVerifyToken, String chatwootSecret, boolean allowUnsigned) {

	List<String> metaAppSecrets() {
		return (this.metaAppSecret == null) ? List.of()
				: Arrays.stream(this.metaAppSecret.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	boolean hasDialog360Secret() {
		return this.dialog360Secret != null && !this.dialog360Secret.isBlank();
	}

	boolean hasDialog360PartnerSecret() {
		return this.dialog360PartnerSecret != null && !this.dialog360PartnerSecret.isBlank();
	}

	boolean hasMetaVerifyToken() {
		return this.metaVerifyToken != null && !this.metaVerifyToken.isBlank();
	}

}
