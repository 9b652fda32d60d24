package io.recruitbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.recruitbot.system.security.MachineRequests;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/** A candidate's side of a conversation through the sandbox API: what they write, what the bot sent them. */
final class SandboxConversation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String phone;

	SandboxConversation(int port, String phone) {
		this.port = port;
		this.phone = phone;
	}

	void write(String text) {
		send("POST", "/api/sandbox/inbound",
				JSON.writeValueAsString(Map.of("from", this.phone, "profileName", "Lisa", "text", text)));
	}

	/** Sends a file as WhatsApp would: kept by the sandbox under a media id, then a message naming it. */
	void sendFile(String fileName, String type, byte[] bytes, String caption) {
		Map<String, Object> kept = JSON.readValue(send("POST",
				"/api/sandbox/media?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8), type,
				HttpRequest.BodyPublishers.ofByteArray(bytes)), new TypeReference<>() {
				});
		send("POST", "/api/sandbox/inbound", JSON.writeValueAsString(
				Map.of("from", this.phone, "profileName", "Lisa", "text", caption, "mediaId", kept.get("id"))));
	}

	/** Writes and waits until the bot has asked for {@code field}. */
	void writeUntilAsked(String text, String field) {
		int before = outbox().size();
		write(text);
		await().atMost(Duration.ofSeconds(20)).until(() -> outbox().size() > before && field.equals(lastAsked()));
	}

	List<Map<String, Object>> outbox() {
		return JSON.readValue(send("GET", "/api/sandbox/outbox?to=" + this.phone, null), new TypeReference<>() {
		});
	}

	String lastAsked() {
		List<Map<String, Object>> sent = outbox();
		return sent.stream()
			.map((message) -> (String) message.get("awaitingField"))
			.filter((field) -> field != null)
			.reduce((first, second) -> second)
			.orElse(null);
	}

	long timesAsked(String field) {
		return outbox().stream().filter((message) -> field.equals(message.get("awaitingField"))).count();
	}

	String candidateId() {
		Map<String, Object> page = JSON.readValue(send("GET", "/api/candidates?phone=" + this.phone, null),
				new TypeReference<>() {
				});
		return (String) ((List<Map<String, Object>>) page.get("items")).get(0).get("id");
	}

	private String send(String method, String path, String body) {
		return send(method, path, "application/json",
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
	}

	private String send(String method, String path, String type, HttpRequest.BodyPublisher body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Content-Type", type)
				.header("Authorization", "Bearer " + MachineRequests.TOKEN)
				.method(method, body);
			HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
