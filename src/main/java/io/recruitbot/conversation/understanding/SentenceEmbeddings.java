package io.recruitbot.conversation.understanding;

import java.nio.file.Path;
import java.util.List;
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

	/** Where vectors every start needs are kept; null when there is no directory for the model's files. */
	private final UnpackedModel unpacked;

	@Autowired
	SentenceEmbeddings(EmbeddingModelPreload.Loading loading) {
		this.model = loading.model();
		this.unpacked = (loading.unpackedIn() != null) ? new UnpackedModel(loading.unpackedIn()) : null;
	}

	/** Loads the model now, on this thread, from its jar. */
	SentenceEmbeddings() {
		this((Path) null);
	}

	/** Loads the model now, on this thread, from its unpacked files in the directory (null: from its jar). */
	SentenceEmbeddings(Path unpackedIn) {
		this.model = CompletableFuture.completedFuture(new MiniLmModel(unpackedIn));
		this.unpacked = (unpackedIn != null) ? new UnpackedModel(unpackedIn) : null;
	}

	/** Waits until the model is loaded; a model that cannot load fails the start-up. */
	void awaitModel() {
		this.model.join();
	}

	/**
	 * Embeds texts that every start needs (the intent examples). With a directory for the model's files the vectors
	 * are kept there, and the next start reads them instead of embedding the texts again.
	 */
	List<float[]> embedAll(List<String> texts) {
		if (this.unpacked == null) {
			return texts.stream().map(this::embed).toList();
		}
		return this.unpacked.vectors(texts).orElseGet(() -> {
			List<float[]> vectors = texts.stream().map(this::embed).toList();
			this.unpacked.keepVectors(texts, vectors);
			return vectors;
		});
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
