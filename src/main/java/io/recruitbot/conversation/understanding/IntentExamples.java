package io.recruitbot.conversation.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Example messages per intent ({@code understanding/intent-examples.txt}), embedded once at start-up. A message's
 * intent is the intent of the example nearest in meaning.
 */
final class IntentExamples {

	/** The nearest example's intent and how close it is (cosine, 0 to 1). */
	record Nearest(Intent intent, double similarity, String example) {
	}

	private record Example(Intent intent, String text, float[] vector) {
	}

	private final List<Example> examples;

	IntentExamples(SentenceEmbeddings embeddings) {
		this.examples = read().stream()
			.map((example) -> new Example(example.intent(), example.text(), embeddings.embed(example.text())))
			.toList();
	}

	Nearest nearest(float[] message) {
		Example best = null;
		double bestSimilarity = -1;
		for (Example example : this.examples) {
			double similarity = SentenceEmbeddings.cosine(message, example.vector());
			if (similarity > bestSimilarity) {
				best = example;
				bestSimilarity = similarity;
			}
		}
		return new Nearest(best.intent(), bestSimilarity, best.text());
	}

	int size() {
		return this.examples.size();
	}

	private static List<Example> read() {
		List<Example> examples = new ArrayList<>();
		try (InputStream in = IntentExamples.class.getResourceAsStream("/understanding/intent-examples.txt")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int colon = line.indexOf(':');
				if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
					examples.add(new Example(Intent.valueOf(line.substring(0, colon).strip()),
							line.substring(colon + 1).strip(), null));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return examples;
	}

}
