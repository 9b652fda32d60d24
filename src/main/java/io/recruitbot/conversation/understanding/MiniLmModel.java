package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantised, from LangChain4j's jar, in an ONNX Runtime session set up for a small container:
 * no memory arena kept for reuse, no memory patterns, and one thread per inference (conversations run in parallel,
 * one inference does not need to). That keeps about 50 MB less resident than LangChain4j's default session, at the
 * same speed.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

	private static final int DIMENSION = 384;

	private final OnnxBertBiEncoder encoder;

	MiniLmModel() {
		super(Runnable::run);
		try (InputStream model = resource("/all-minilm-l6-v2-q.onnx");
				InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json");
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setCPUArenaAllocator(false);
			options.setMemoryPatternOptimization(false);
			options.setIntraOpNumThreads(1);
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
					tokenizer, PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedding model", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot load the embedding model", ex);
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.encoder;
	}

	@Override
	protected Integer knownDimension() {
		return DIMENSION;
	}

	private static InputStream resource(String name) {
		InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException("The embedding model's " + name + " is not on the class path");
		}
		return stream;
	}

}
