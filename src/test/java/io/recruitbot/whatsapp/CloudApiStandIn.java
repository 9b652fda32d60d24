package io.recruitbot.whatsapp;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.web.client.RestClient;

/**
 * Gateways of both providers pointed at one stand-in (WireMock's base url): 360dialog at its root with the key {@code d360-key},
 * Meta under {@code /v21.0} with the token {@code meta-token} and phone number id {@code 106540352242922}.
 */
final class CloudApiStandIn {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CloudApiStandIn() {
	}

	static CloudApiGateway dialog360(String provider) {
		WhatsAppSettings settings = new WhatsAppSettings("360dialog", "d360-key", provider + "/", null, null,
				"https://graph.facebook.com/v21.0", "job_update", "nl");
		return CloudApiGateway.dialog360(settings, RestClient.builder(), ClientHttpRequestFactoryBuilder.jdk(), JSON,
				Clock.systemUTC());
	}

	static CloudApiGateway meta(String provider) {
		WhatsAppSettings settings = new WhatsAppSettings("meta", null, "https://waba-v2.360dialog.io", "meta-token",
				"106540352242922", provider + "/v21.0", "job_update", "nl");
		return CloudApiGateway.meta(settings, RestClient.builder(), ClientHttpRequestFactoryBuilder.jdk(), JSON,
				Clock.systemUTC());
	}

}
