package io.recruitbot.conversation.understanding;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Meaning similarity of short texts (roles, vacancy titles) with the in-process embeddings. Embeddings are cached
 * per text: titles and role names repeat across every candidate, so each is embedded once. The cache is bounded;
 * when full it starts over rather than grow with every free-text answer.
 */
@Component
class EmbeddingTextSimilarity implements TextSimilarity {

	private static final int CACHE_LIMIT = 10_000;

	private final SentenceEmbeddings embeddings;

	private final Map<String, float[]> cache = new ConcurrentHashMap<>();

	EmbeddingTextSimilarity(SentenceEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	@Override
	public double similarity(String first, String second) {
		if (first == null || second == null || first.isBlank() || second.isBlank()) {
			return 0;
		}
		double cosine = SentenceEmbeddings.cosine(embedding(first), embedding(second));
		return Math.max(0, Math.min(1, cosine));
	}

	private float[] embedding(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT);
		if (this.cache.size() >= CACHE_LIMIT) {
			this.cache.clear();
		}
		return this.cache.computeIfAbsent(key, this.embeddings::embed);
	}

}
