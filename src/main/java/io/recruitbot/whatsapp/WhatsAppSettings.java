package io.recruitbot.whatsapp;

import java.net.URI;
import java.util.List;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outbound messages leave: the provider ({@code WHATSAPP_PROVIDER}), its credentials, and the pre-approved
 * template that re-opens a conversation outside the 24-hour customer-service window. A chosen provider without its
 * credentials stops the start, naming the missing variable.
 */
@ConfigurationProperties("recruitbot.whatsapp")
record WhatsAppSettings(@DefaultValue("sandbox") String provider, String dialog360ApiKey,
		@DefaultValue("https://waba-v2.360dialog.io") String dialog360BaseUrl, String accessToken, String phoneNumberId,
		@DefaultValue("https://graph.facebook.com/v21.0") String graphBaseUrl,
		@DefaultValue("recruitbot_reengagement") String reengagementTemplate,
		@DefaultValue("en") String reengagementTemplateLanguage) {

	WhatsAppSettings {
		WhatsAppProvider chosen = WhatsAppProvider.forSetting(provider)
			.orElseThrow(() -> new InvalidSettingException(ContractVariable.WHATSAPP_PROVIDER,
					"'" + provider + "' is not a provider; use 360dialog, meta or sandbox"));
		if (chosen == WhatsAppProvider.DIALOG360) {
			require(dialog360ApiKey, ContractVariable.DIALOG360_API_KEY, "must be set when WHATSAPP_PROVIDER is 360dialog");
			requireUrl(dialog360BaseUrl, ContractVariable.DIALOG360_BASE_URL);
		}
		if (chosen == WhatsAppProvider.META) {
			require(accessToken, ContractVariable.WHATSAPP_ACCESS_TOKEN, "must be set when WHATSAPP_PROVIDER is meta");
			require(phoneNumberId, ContractVariable.WHATSAPP_PHONE_NUMBER_ID,
					"must be set when WHATSAPP_PROVIDER is meta");
			requireUrl(graphBaseUrl, ContractVariable.WHATSAPP_GRAPH_BASE_URL);
		}
		require(reengagementTemplate, ContractVariable.WHATSAPP_TEMPLATE_NAME, "must not be blank");
		require(reengagementTemplateLanguage, ContractVariable.WHATSAPP_TEMPLATE_LANGUAGE, "must not be blank");
	}

	WhatsAppProvider chosenProvider() {
		return WhatsAppProvider.forSetting(this.provider).orElseThrow();
	}

	/** The template sent instead of free-form messages when the candidate has not written for 24 hours. */
	OutboundMessage.Template reengagement() {
		return new OutboundMessage.Template(this.reengagementTemplate, this.reengagementTemplateLanguage, List.of());
	}

	private static void require(String value, ContractVariable variable, String reason) {
		if (value == null || value.isBlank()) {
			throw new InvalidSettingException(variable, reason);
		}
	}

	private static void requireUrl(String value, ContractVariable variable) {
		require(value, variable, "must not be blank");
		try {
			URI uri = URI.create(value.trim());
			if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
				throw new InvalidSettingException(variable, "must be an http(s) URL");
			}
		}
		catch (IllegalArgumentException ex) {
			if (ex instanceof InvalidSettingException) {
				throw ex;
			}
			throw new InvalidSettingException(variable, "is not a valid URL");
		}
	}

}
