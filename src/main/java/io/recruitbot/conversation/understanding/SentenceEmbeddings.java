package io.recruitbot.conversation.understanding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import org.springframework.stereotype.Component;

/**
 * The in-process sentence embedding model (all-MiniLM-L6-v2, quantised), loaded once at start-up. Vectors are
 * scaled to length 1, so the cosine of two texts is their dot product.
 */
@Component
class SentenceEmbeddings {

	private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

	float[] embed(String text) {
		float[] vector = this.model.embed(text).content().vector();
		double length = 0;
		for (float value : vector) {
			length += value * value;
		}
		float scale = (float) (1 / Math.sqrt(Math.max(length, 1e-12)));
		for (int i = 0; i < vector.length; i++) {
			vector[i] *= scale;
		}
		return vector;
	}

	static double cosine(float[] first, float[] second) {
		double dot = 0;
		for (int i = 0; i < first.length; i++) {
			dot += first[i] * second[i];
		}
		return dot;
	}

}
