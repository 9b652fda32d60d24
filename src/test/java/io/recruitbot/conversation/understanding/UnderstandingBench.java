package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitbot.candidate.Vacancy;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the offline reader takes per message: every answer and opening of the screening fixture, 5,000 messages
 * after 1,000 to warm up, and one embedding of a message no rule understands. Not a test of the suite (its name
 * leaves it out); {@code bench/understanding/run.sh} runs it and writes {@code bench/results/understanding.txt}.
 */
class UnderstandingBench {

	@Test
	void readsTheFixtureMessagesAndReportsTheTimePerMessage() throws IOException {
		SentenceEmbeddings embeddings = new SentenceEmbeddings();
		OfflineMessageReader reader = new OfflineMessageReader(embeddings, new EmbeddingTextSimilarity(embeddings),
				Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));
		List<Vacancy> vacancies = UnderstandingFixtures.vacancies();
		List<Object[]> messages = new ArrayList<>();
		for (JsonNode persona : UnderstandingFixtures.screening().path("personas")) {
			messages.add(new Object[] { persona.path("opening").asString(), null });
			for (Map.Entry<String, JsonNode> answer : persona.path("answers").properties()) {
				messages.add(new Object[] { answer.getValue().asString(),
						ScreeningField.byFieldName(answer.getKey()).orElseThrow() });
			}
		}
		long[] nanos = new long[5_000];
		for (int i = -1_000; i < nanos.length; i++) {
			Object[] message = messages.get(Math.floorMod(i, messages.size()));
			long started = System.nanoTime();
			MessageReading reading = reader.read((String) message[0], (ScreeningField) message[1], vacancies);
			if (i >= 0) {
				nanos[i] = System.nanoTime() - started;
			}
			assertThat(reading).isNotNull();
		}
		Arrays.sort(nanos);
		double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
		long[] embedding = new long[100];
		for (int i = 0; i < embedding.length; i++) {
			long started = System.nanoTime();
			embeddings.embed("what happens after I send my answers " + i);
			embedding[i] = System.nanoTime() - started;
		}
		Arrays.sort(embedding);
		String report = String.format(Locale.ROOT,
				"%s offline understanding: fixture messages p50 %.3f ms, p99 %.3f ms, mean %.3f ms; one embedding p50 "
						+ "%.2f ms; %d cores%n",
				LocalDate.now(), nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, mean,
				embedding[embedding.length / 2] / 1e6, Runtime.getRuntime().availableProcessors());
		Path results = Files.createDirectories(Path.of("bench/results"));
		Files.writeString(results.resolve("understanding.txt"), report);
		System.out.print(report);
	}

}
