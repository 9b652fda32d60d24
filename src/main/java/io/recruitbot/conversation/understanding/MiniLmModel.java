package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

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
 * same speed. Given a directory for its {@link UnpackedModel unpacked files}, it reads the model from there.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

	private static final int DIMENSION = 384;

	private final OnnxBertBiEncoder encoder;

	/** The model read from its jar. */
	MiniLmModel() {
		this(null);
	}

	/** The model read from its unpacked file in the directory, if there is one (or it can be unpacked there). */
	MiniLmModel(Path unpackedIn) {
		super(Runnable::run);
		Optional<Path> modelFile = Optional.empty();
		if (unpackedIn != null) {
			UnpackedModel unpacked = new UnpackedModel(unpackedIn);
			modelFile = unpacked.modelFile();
			if (System.getProperty(UnpackedModel.NATIVE_PATH_PROPERTY) == null) {
				// read by ONNX Runtime when it first loads, which is just below
				unpacked.nativeLibraries()
					.ifPresent((folder) -> System.setProperty(UnpackedModel.NATIVE_PATH_PROPERTY, folder.toString()));
			}
		}
		try (InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json");
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setCPUArenaAllocator(false);
			options.setMemoryPatternOptimization(false);
			options.setIntraOpNumThreads(1);
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession session = modelFile.isPresent()
					? environment.createSession(modelFile.get().toString(), options)
					: environment.createSession(readModel(), options);
			this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
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

	private static byte[] readModel() throws IOException {
		try (InputStream model = resource("/all-minilm-l6-v2-q.onnx")) {
			return model.readAllBytes();
		}
	}

	private static InputStream resource(String name) {
		InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException("The embedding model's " + name + " is not on the class path");
		}
		return stream;
	}

}
