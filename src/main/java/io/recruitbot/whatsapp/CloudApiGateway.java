package io.recruitbot.whatsapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.recruitbot.whatsapp.OutboundMessage.Content;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The WhatsApp Cloud API, spoken to Meta directly or through 360dialog: the same body, a different address and
 * credential. A file a candidate sent comes in two steps: {@code GET /{media id}} answers a short-lived {@code url}
 * (and the file's size), then that url is fetched with the same credential; through 360dialog, the url's path and query
 * on 360dialog's own address (its {@code /whatsapp_business/attachments/} proxy). A failed look-up is not retried:
 * 360dialog blocks a number's media look-ups for an hour after five failures.
 */
class CloudApiGateway implements WhatsAppGateway {

	private final String provider;

	private final RestClient http;

	private final String path;

	private final JsonMapper json;

	private final Clock clock;

	/** Where the file behind a media url is fetched: the url itself (Meta) or the same path at 360dialog. */
	private final UnaryOperator<URI> download;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** Media ids are digits at Meta (and {@code sandbox-...} here): anything else is no file of ours. */
	private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

	CloudApiGateway(String provider, RestClient http, String path, JsonMapper json, Clock clock,
			UnaryOperator<URI> download) {
		this.provider = provider;
		this.http = http;
		this.path = path;
		this.json = json;
		this.clock = clock;
		this.download = download;
	}

	/** 360dialog: {@code POST {base}/messages} with the {@code D360-API-KEY} header. */
	static CloudApiGateway dialog360(WhatsAppSettings settings, RestClient.Builder builder,
			ClientHttpRequestFactoryBuilder<?> requests, JsonMapper json, Clock clock) {
		RestClient http = client(builder, requests, settings.dialog360BaseUrl(),
				(headers) -> headers.set("D360-API-KEY", settings.dialog360ApiKey()));
		String base = base(settings.dialog360BaseUrl());
		return new CloudApiGateway(WhatsAppProvider.DIALOG360.setting(), http, "/messages", json, clock,
				(url) -> URI.create(base + url.getRawPath() + ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : "")));
	}

	/** Meta: {@code POST {graph}/{phone number id}/messages} with a bearer token. */
	static CloudApiGateway meta(WhatsAppSettings settings, RestClient.Builder builder,
			ClientHttpRequestFactoryBuilder<?> requests, JsonMapper json, Clock clock) {
		RestClient http = client(builder, requests, settings.graphBaseUrl(),
				(headers) -> headers.setBearerAuth(settings.accessToken()));
		URI graph = URI.create(base(settings.graphBaseUrl()));
		return new CloudApiGateway(WhatsAppProvider.META.setting(), http, "/" + settings.phoneNumberId() + "/messages",
				json, clock, (url) -> ownOrSecure(url, graph));
	}

	/** Redirects are not followed: the credentials go only where the provider's address says. */
	private static RestClient client(RestClient.Builder builder, ClientHttpRequestFactoryBuilder<?> requests,
			String baseUrl, Consumer<HttpHeaders> credentials) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(CONNECT_TIMEOUT, RelaySettings.HTTP_TIMEOUT)
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		return builder.clone()
			.requestFactory(requests.build(settings))
			.baseUrl(base(baseUrl))
			.defaultHeaders(credentials)
			.build();
	}

	private static String base(String baseUrl) {
		return baseUrl.trim().replaceAll("/+$", "");
	}

	/** The token goes with the request: only over HTTPS, or to the provider's own address as configured. */
	private static URI ownOrSecure(URI url, URI provider) {
		boolean own = url.getScheme() != null && url.getScheme().equalsIgnoreCase(provider.getScheme())
				&& url.getRawAuthority() != null && url.getRawAuthority().equalsIgnoreCase(provider.getRawAuthority());
		if (!own && !"https".equalsIgnoreCase(url.getScheme())) {
			throw MediaUnavailable.providerFailed("the media url is not HTTPS");
		}
		return url;
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

	@Override
	public MediaFile media(String mediaId, long largest) {
		if (mediaId == null || !MEDIA_ID.matcher(mediaId).matches()) {
			throw MediaUnavailable.gone();
		}
		JsonNode about = read(call(() -> this.http.get()
			.uri("/{id}", mediaId)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(String.class)));
		JsonNode url = about.path("url");
		if (!url.isString() || url.asString().isBlank()) {
			throw MediaUnavailable.providerFailed("no media url in its answer");
		}
		// Meta gives the size as a string, 360dialog as a number
		long size = about.path("file_size").asLong(-1);
		if (size > largest) {
			throw MediaUnavailable.tooLarge(largest);
		}
		URI address;
		try {
			address = this.download.apply(URI.create(url.asString()));
		}
		catch (IllegalArgumentException ex) {
			throw MediaUnavailable.providerFailed("an unreadable media url");
		}
		return call(() -> this.http.get().uri(address).exchange((request, response) -> file(response, largest), false));
	}

	private static MediaFile file(ClientHttpResponse response, long largest) throws IOException {
		int status = response.getStatusCode().value();
		long length = response.getHeaders().getContentLength();
		if (status != 200 || length > largest) {
			response.close();
			if (status == 200) {
				throw MediaUnavailable.tooLarge(largest);
			}
			throw gone(status) ? MediaUnavailable.gone() : MediaUnavailable.providerFailed("HTTP " + status);
		}
		return MediaFile.limited(length, response.getBody(), largest);
	}

	/** A media call, its failures said as {@link MediaUnavailable}. */
	private static <T> T call(Supplier<T> request) {
		try {
			return request.get();
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			throw gone(status) ? MediaUnavailable.gone() : MediaUnavailable.providerFailed("HTTP " + status);
		}
		catch (ResourceAccessException ex) {
			throw MediaUnavailable.providerFailed(unanswered(ex) ? "no answer in time" : "not reachable");
		}
	}

	/** Meta answers an unknown or expired media id with 400 (an object that does not exist) or 404. */
	private static boolean gone(int status) {
		return status == 400 || status == 404 || status == 410;
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
