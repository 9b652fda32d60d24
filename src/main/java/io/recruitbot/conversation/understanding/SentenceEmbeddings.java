package io.recruitbot.conversation.understanding;

import java.util.concurrent.CompletableFuture;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The in-process sentence embedding model (all-MiniLM-L6-v2, quantised), loaded once at start-up (see
 * {@link EmbeddingModelPreload}). Vectors are scaled to length 1, so the cosine of two texts is their dot product.
 */
@Component
class SentenceEmbeddings {

	private final CompletableFuture<MiniLmModel> model;

	@Autowired
	SentenceEmbeddings(EmbeddingModelPreload.Loading loading) {
		this.model = loading.model();
	}

	/** Loads the model now, on this thread. */
	SentenceEmbeddings() {
		this.model = CompletableFuture.completedFuture(new MiniLmModel());
	}

	/** Waits until the model is loaded; a model that cannot load fails the start-up. */
	void awaitModel() {
		this.model.join();
	}

	float[] embed(String text) {
		float[] vector = this.model.join().embed(text).content().vector();
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
