package io.recruitbot.console;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.recruitbot.system.security.MachineRequests;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.candidate.Transcript;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/events} over real HTTP: an open page hears of a new message and a status change once they are
 * committed, never of one rolled back, and without anything personal in the stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveUpdatesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Candidates lifecycle;

	@Autowired
	Transcript transcript;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anOpenPageHearsOfNewMessagesAndStatusChanges() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		try (InputStream stream = listen(lines)) {
			UUID id = this.candidates.findOrCreate("31688800001", "Eva").id();
			this.transcript.recordInbound(id, new ReceivedMessage("wamid.live-1", "text", "Hello, my name is Eva",
					null, null, null, Instant.now()));
			this.lifecycle.handOff(id, "test");

			await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:status"));
			assertThat(lines).contains("event:message");
			assertThat(lines).anyMatch((line) -> line.startsWith("data:") && line.contains(id.toString())
					&& line.contains("\"kind\":\"message\""));
			assertThat(lines).anyMatch((line) -> line.startsWith("data:") && line.contains("\"status\":\"HANDED_OFF\""));
			assertThat(String.join("\n", lines)).doesNotContain("Eva").doesNotContain("31688800001");
		}
	}

	@Test
	void aMessageRolledBackIsNeverAnnounced() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		try (InputStream stream = listen(lines)) {
			UUID rolledBack = this.candidates.findOrCreate("31688800002", null).id();
			this.transactions.executeWithoutResult((status) -> {
				this.transcript.recordInbound(rolledBack, new ReceivedMessage("wamid.live-2", "text", "Hi", null, null,
						null, Instant.now()));
				status.setRollbackOnly();
			});
			UUID committed = this.candidates.findOrCreate("31688800003", null).id();
			this.transcript.recordInbound(committed, new ReceivedMessage("wamid.live-3", "text", "Hi", null, null,
					null, Instant.now()));

			await().atMost(Duration.ofSeconds(10))
				.until(() -> lines.stream().anyMatch((line) -> line.contains(committed.toString())));
			assertThat(lines).noneMatch((line) -> line.contains(rolledBack.toString()));
		}
	}

	/** Opens the stream and collects its lines in the background until the stream is closed. */
	private InputStream listen(List<String> lines) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + MachineRequests.TOKEN)
			.build();
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
			.get(10, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		InputStream body = response.body();
		CompletableFuture.runAsync(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
				reader.lines().forEach(lines::add);
			}
			catch (Exception ex) {
				// the test closed the stream
			}
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(":connected"));
		return body;
	}

}
