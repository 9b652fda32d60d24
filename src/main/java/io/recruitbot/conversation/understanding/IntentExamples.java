package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Example messages per intent ({@code understanding/intent-examples.txt}), embedded once at start-up (or read as an
 * earlier start kept them, see {@link SentenceEmbeddings#embedAll}). A message's intent is the intent of the example
 * nearest in meaning.
 */
final class IntentExamples {

	/** The nearest example's intent and how close it is (cosine, 0 to 1). */
	record Nearest(Intent intent, double similarity, String example) {
	}

	private record Example(Intent intent, String text, float[] vector) {
	}

	private final List<Example> examples;

	IntentExamples(SentenceEmbeddings embeddings) {
		List<Example> examples = read();
		List<float[]> vectors = embeddings.embedAll(examples.stream().map(Example::text).toList());
		this.examples = IntStream.range(0, examples.size())
			.mapToObj((i) -> new Example(examples.get(i).intent(), examples.get(i).text(), vectors.get(i)))
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
		return ResourceLines.read("/understanding/intent-examples.txt")
			.stream()
			.filter((line) -> line.indexOf(':') > 0)
			.map((line) -> new Example(Intent.valueOf(line.substring(0, line.indexOf(':')).strip()),
					line.substring(line.indexOf(':') + 1).strip(), null))
			.toList();
	}

}
