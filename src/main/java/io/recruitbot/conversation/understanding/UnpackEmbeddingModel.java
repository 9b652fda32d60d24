package io.recruitbot.conversation.understanding;

import java.nio.file.Path;

/**
 * Unpacks the embedding model and the native libraries of ONNX Runtime and of the tokenizer into a directory, as the
 * first start would, so that the image's build can then remove them from the jars (Dockerfile.production, stage
 * {@code parts}), and keeps the intent examples' vectors there, so that no start embeds them again. The tokenizer's
 * library goes where {@code DJL_CACHE_DIR} says.
 * <pre>java -cp 'app.jar:lib/*' io.recruitbot.conversation.understanding.UnpackEmbeddingModel DIRECTORY</pre>
 */
final class UnpackEmbeddingModel {

	private UnpackEmbeddingModel() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: UnpackEmbeddingModel DIRECTORY");
			System.exit(64);
		}
		Path directory = Path.of(args[0]);
		// embedding loads the model, which unpacks it and both native libraries or falls back to the jars: hence the
		// check after
		new IntentExamples(new SentenceEmbeddings(directory));
		UnpackedModel unpacked = new UnpackedModel(directory);
		if (unpacked.modelFile().isEmpty() || unpacked.nativeLibraries().isEmpty()) {
			System.err.println("Cannot unpack the embedding model into " + directory);
			System.exit(1);
		}
	}

}
