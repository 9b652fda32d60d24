package io.recruitbot.whatsapp;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The one gateway of this instance, chosen by {@code WHATSAPP_PROVIDER}. An HTTP client is built only for a provider
 * that needs one: the sandbox starts without (building one sets up TLS, a noticeable part of start-up).
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	@Bean
	WhatsAppGateway whatsAppGateway(WhatsAppSettings settings, ObjectProvider<RestClient.Builder> http, JsonMapper json,
			Clock clock, SandboxMedia media) {
		return switch (settings.chosenProvider()) {
			case DIALOG360 -> CloudApiGateway.dialog360(settings, http.getObject(), json, clock);
			case META -> CloudApiGateway.meta(settings, http.getObject(), json, clock);
			case SANDBOX -> new SandboxGateway(media);
		};
	}

}
