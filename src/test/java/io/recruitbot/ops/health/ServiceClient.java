package io.recruitbot.ops.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a running service, the way a load balancer or an operator's curl would call it. */
record ServiceClient(int port) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Answer get(String path) {
		return get(path, "application/json");
	}

	Answer get(String path, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(10))
			.build();
		try {
			long started = System.nanoTime();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Answer(int status, String body, String contentType, long tookMs) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
