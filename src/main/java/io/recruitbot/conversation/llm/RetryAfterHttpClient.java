package io.recruitbot.conversation.llm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * The HTTP client both model providers call through: LangChain4j's own JDK client drops the response headers of an
 * error, and with them {@code retry-after}, which the {@link ModelGuard} needs to stay away exactly as long as the
 * server asks. Errors become {@link ModelBusyException}s; streaming is not used.
 */
final class RetryAfterHttpClient implements dev.langchain4j.http.client.HttpClient {

	private final HttpClient http;

	private final Duration readTimeout;

	private RetryAfterHttpClient(Builder builder) {
		this.http = HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
		this.readTimeout = builder.readTimeout;
	}

	static Builder builder() {
		return new Builder();
	}

	@Override
	public SuccessfulHttpResponse execute(HttpRequest request) {
		java.net.http.HttpRequest.Builder sent = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
			.timeout(this.readTimeout)
			.method(request.method().name(),
					(request.body() != null) ? BodyPublishers.ofString(request.body()) : BodyPublishers.noBody());
		request.headers().forEach((name, values) -> values.forEach((value) -> sent.header(name, value)));
		HttpResponse<String> response;
		try {
			response = this.http.send(sent.build(), BodyHandlers.ofString());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			throw new dev.langchain4j.exception.TimeoutException(ex);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HttpException(499, "interrupted");
		}
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			throw new ModelBusyException(response.statusCode(),
					retryAfter(response.headers().firstValue("retry-after")).orElse(null));
		}
		return SuccessfulHttpResponse.builder()
			.statusCode(response.statusCode())
			.headers(Map.copyOf(response.headers().map()))
			.body(response.body())
			.build();
	}

	@Override
	public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		throw new UnsupportedOperationException("the service reads messages without streaming");
	}

	/** {@code retry-after} in seconds (the form model APIs use); an HTTP date or nonsense counts as not given. */
	static Optional<Duration> retryAfter(Optional<String> header) {
		return header.map(String::trim).filter((value) -> value.matches("\\d{1,7}")).map(Long::parseLong)
			.map(Duration::ofSeconds);
	}

	/** The builder LangChain4j's chat models configure their timeouts on. */
	static final class Builder implements HttpClientBuilder {

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(10);

		@Override
		public Duration connectTimeout() {
			return this.connectTimeout;
		}

		@Override
		public Builder connectTimeout(Duration timeout) {
			if (timeout != null) {
				this.connectTimeout = timeout;
			}
			return this;
		}

		@Override
		public Duration readTimeout() {
			return this.readTimeout;
		}

		@Override
		public Builder readTimeout(Duration timeout) {
			if (timeout != null) {
				this.readTimeout = timeout;
			}
			return this;
		}

		@Override
		public RetryAfterHttpClient build() {
			return new RetryAfterHttpClient(this);
		}

	}

}
