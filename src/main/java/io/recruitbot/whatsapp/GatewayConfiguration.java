package io.recruitbot.whatsapp;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The one gateway of this instance, chosen by {@code WHATSAPP_PROVIDER}. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	@Bean
	WhatsAppGateway whatsAppGateway(WhatsAppSettings settings, RestClient.Builder http, JsonMapper json, Clock clock) {
		return switch (settings.chosenProvider()) {
			case DIALOG360 -> CloudApiGateway.dialog360(settings, http, json, clock);
			case META -> CloudApiGateway.meta(settings, http, json, clock);
			case SANDBOX -> new SandboxGateway();
		};
	}

}
