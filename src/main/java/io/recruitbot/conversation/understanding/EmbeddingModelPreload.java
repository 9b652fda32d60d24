package io.recruitbot.conversation.understanding;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts loading the embedding model (about two seconds of work) as soon as the application context exists, on a
 * thread of its own, so that it overlaps the rest of start-up instead of following it. {@link SentenceEmbeddings}
 * takes the model from here; the application reports itself started only once the model is in. With
 * {@code recruitbot.embedding.model-directory} ({@code EMBEDDING_MODEL_DIR}) the model's files are read from there,
 * unpacked on the first start (see {@link UnpackedModel}).
 */
class EmbeddingModelPreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddingModelPreload";

	static final String MODEL_DIRECTORY = "recruitbot.embedding.model-directory";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getBeanFactory().containsSingleton(BEAN_NAME)) {
			String directory = context.getEnvironment().getProperty(MODEL_DIRECTORY, "");
			Path unpackedIn = directory.isBlank() ? null : Path.of(directory);
			context.getBeanFactory().registerSingleton(BEAN_NAME, new Loading(start(unpackedIn), unpackedIn));
		}
	}

	static CompletableFuture<MiniLmModel> start(Path unpackedIn) {
		CompletableFuture<MiniLmModel> model = new CompletableFuture<>();
		Thread loader = new Thread(() -> {
			try {
				model.complete(new MiniLmModel(unpackedIn));
			}
			catch (Throwable failure) {
				model.completeExceptionally(failure);
			}
		}, "embedding-model-loader");
		loader.setDaemon(true);
		loader.start();
		return model;
	}

	/** The model on its way, and the directory of its unpacked files (null without one). */
	record Loading(CompletableFuture<MiniLmModel> model, Path unpackedIn) {
	}

}
