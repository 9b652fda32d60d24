package io.recruitbot.conversation.understanding;

import java.util.concurrent.CompletableFuture;


import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts loading the embedding model (about two seconds of work) as soon as the application context exists, on a
 * thread of its own, so that it overlaps the rest of start-up instead of following it. {@link SentenceEmbeddings}
 * takes the model from here; the application reports itself started only once the model is in.
 */
class EmbeddingModelPreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddingModelPreload";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getBeanFactory().containsSingleton(BEAN_NAME)) {
			context.getBeanFactory().registerSingleton(BEAN_NAME, new Loading(start()));
		}
	}

	static CompletableFuture<MiniLmModel> start() {
		CompletableFuture<MiniLmModel> model = new CompletableFuture<>();
		Thread loader = new Thread(() -> {
			try {
				model.complete(new MiniLmModel());
			}
			catch (Throwable failure) {
				model.completeExceptionally(failure);
			}
		}, "embedding-model-loader");
		loader.setDaemon(true);
		loader.start();
		return model;
	}

	/** The model on its way. */
	record Loading(CompletableFuture<MiniLmModel> model) {
	}

}
