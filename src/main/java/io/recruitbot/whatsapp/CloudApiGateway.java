package io.recruitbot.whatsapp;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import io.recruitbot.whatsapp.OutboundMessage.Content;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The WhatsApp Cloud API, spoken to Meta directly or through 360dialog: the same body, a different address and
 * credential.
 */
class CloudApiGateway implements WhatsAppGateway {

	private final String provider;

	private final RestClient http;

	private final String path;

	private final JsonMapper json;

	private final Clock clock;

	CloudApiGateway(String provider, RestClient http, String path, JsonMapper json, Clock clock) {
		this.provider = provider;
		this.http = http;
		this.path = path;
		this.json = json;
		this.clock = clock;
	}

	/** 360dialog: {@code POST {base}/messages} with the {@code D360-API-KEY} header. */
	static CloudApiGateway dialog360(WhatsAppSettings settings, RestClient.Builder builder, JsonMapper json,
			Clock clock) {
		RestClient http = client(builder, settings.dialog360BaseUrl(),
				(headers) -> headers.set("D360-API-KEY", settings.dialog360ApiKey()));
		return new CloudApiGateway(WhatsAppProvider.DIALOG360.setting(), http, "/messages", json, clock);
	}

	/** Meta: {@code POST {graph}/{phone number id}/messages} with a bearer token. */
	static CloudApiGateway meta(WhatsAppSettings settings, RestClient.Builder builder, JsonMapper json, Clock clock) {
		RestClient http = client(builder, settings.graphBaseUrl(),
				(headers) -> headers.setBearerAuth(settings.accessToken()));
		return new CloudApiGateway(WhatsAppProvider.META.setting(), http, "/" + settings.phoneNumberId() + "/messages",
				json, clock);
	}

	private static RestClient client(RestClient.Builder builder, String baseUrl, Consumer<HttpHeaders> credentials) {
		HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(httpClient);
		requests.setReadTimeout(RelaySettings.HTTP_TIMEOUT);
		String base = baseUrl.trim().replaceAll("/+$", "");
		return builder.clone().requestFactory(requests).baseUrl(base).defaultHeaders(credentials).build();
	}

	@Override
	public String provider() {
		return this.provider;
	}

	@Override
	public String send(String to, Content content) {
		try {
			String answer = this.http.post()
				.uri(this.path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(this.json.writeValueAsString(CloudApiMessages.body(to, content)))
				.retrieve()
				.body(String.class);
			return providerMessageId(answer);
		}
		catch (RestClientResponseException ex) {
			throw failure(ex);
		}
		catch (ResourceAccessException ex) {
			throw DeliveryFailure.unreachable(unanswered(ex) ? "timeout" : "network", ex.getMessage());
		}
	}

	/**
	 * The request went out but no answer came: the provider may have sent the message. Retried all the same (at least
	 * once), under its own code so that operators can tell it from a refused connection.
	 */
	private static boolean unanswered(ResourceAccessException ex) {
		Throwable cause = ex.getCause();
		return cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException);
	}

	private String providerMessageId(String answer) {
		JsonNode id = read(answer).path("messages").path(0).path("id");
		return (id.isString() && !id.asString().isBlank()) ? id.asString() : null;
	}

	private DeliveryFailure failure(RestClientResponseException ex) {
		JsonNode error = read(ex.getResponseBodyAsString()).path("error");
		String code = error.path("code").isMissingNode() ? null : error.path("code").asString();
		String message = error.path("message").isString() ? error.path("message").asString() : ex.getStatusText();
		JsonNode details = error.path("error_data").path("details");
		if (details.isString() && !details.asString().isBlank()) {
			message = message + " (" + details.asString() + ")";
		}
		return DeliveryFailure.fromAnswer(ex.getStatusCode().value(), code, message,
				retryAfter(ex.getResponseHeaders()));
	}

	/** {@code Retry-After} in seconds or as an HTTP date; null when absent or unreadable. */
	private Duration retryAfter(HttpHeaders headers) {
		String value = (headers != null) ? headers.getFirst(HttpHeaders.RETRY_AFTER) : null;
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(value.trim()));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(this.clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private JsonNode read(String body) {
		try {
			return (body != null && !body.isBlank()) ? this.json.readTree(body) : MissingNode.getInstance();
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

}
