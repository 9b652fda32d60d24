package io.recruitbot.conversation.understanding;

import java.nio.file.Path;
import java.util.List;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The in-process sentence embedding model (all-MiniLM-L6-v2, quantised). Vectors are scaled to length 1, so the cosine
 * of two texts is their dot product. The model loads on first use, once (about two seconds of work): the service is
 * ready for webhooks without it, and {@link OfflineMessageReader} has it loaded in the background as soon as the
 * service is ready, so a message that comes sooner waits for it in the inbox worker. With
 * {@code recruitbot.embedding.model-directory} ({@code EMBEDDING_MODEL_DIR}) the model's files are read from there,
 * unpacked on the first start (see {@link UnpackedModel}).
 */
@Component
class SentenceEmbeddings {

	private final SingletonSupplier<MiniLmModel> model;

	/** Where vectors every start needs are kept; null when there is no directory for the model's files. */
	private final UnpackedModel unpacked;

	@Autowired
	SentenceEmbeddings(@Value("${recruitbot.embedding.model-directory:}") String directory) {
		this(directory.isBlank() ? null : Path.of(directory));
	}

	/** The model from its jar. */
	SentenceEmbeddings() {
		this((Path) null);
	}

	/** The model from its unpacked files in the directory (null: from its jar). */
	SentenceEmbeddings(Path unpackedIn) {
		this.model = SingletonSupplier.of(() -> new MiniLmModel(unpackedIn));
		this.unpacked = (unpackedIn != null) ? new UnpackedModel(unpackedIn) : null;
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
		float[] vector = this.model.obtain().embed(text).content().vector();
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
