package io.recruitbot.whatsapp;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The one gateway of this instance, chosen by {@code WHATSAPP_PROVIDER}. A REST client is built only for a provider
 * that needs one, and the HTTP client under it (with TLS) on its first request
 * ({@code system.OutboundHttpConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	@Bean
	WhatsAppGateway whatsAppGateway(WhatsAppSettings settings, ObjectProvider<RestClient.Builder> http,
			ClientHttpRequestFactoryBuilder<?> requests, JsonMapper json, Clock clock, SandboxMedia media) {
		return switch (settings.chosenProvider()) {
			case DIALOG360 -> CloudApiGateway.dialog360(settings, http.getObject(), requests, json, clock);
			case META -> CloudApiGateway.meta(settings, http.getObject(), requests, json, clock);
			case SANDBOX -> new SandboxGateway(media);
		};
	}

}
