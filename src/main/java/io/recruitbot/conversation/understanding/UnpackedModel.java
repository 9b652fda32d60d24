package io.recruitbot.conversation.understanding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model's large files unpacked on disk, in the directory that {@code EMBEDDING_MODEL_DIR} names: the
 * ONNX model (23 MB) and ONNX Runtime's native libraries (16 MB). The first start that misses them unpacks them (the
 * image's build does, with {@link UnpackEmbeddingModel}); every later start reads the model straight from its file and lets ONNX
 * Runtime load its libraries from there, instead of inflating the model into the heap and the libraries into a
 * temporary directory each time. The vectors of the texts every start embeds (the intent examples) are kept there
 * too. Each file is named after its size in the jar (vectors: after a digest of the texts and the model's size), so a
 * new version never meets an old file. When a file cannot be written, the jars serve as they do without the setting.
 * The image's build removes the unpacked files from the jars; then the files an earlier start unpacked are used.
 */
final class UnpackedModel {

	private static final Logger log = LoggerFactory.getLogger(UnpackedModel.class);

	private static final String MODEL = "all-minilm-l6-v2-q.onnx";

	/** ONNX Runtime's own setting: the directory it loads its native libraries from. */
	static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";

	private final Path directory;

	/** Where the model and ONNX Runtime's native libraries are unpacked from. */
	private final ClassLoader jars;

	UnpackedModel(Path directory) {
		this(directory, AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader());
	}

	UnpackedModel(Path directory, ClassLoader jars) {
		this.directory = directory;
		this.jars = jars;
	}

	/** The model's file, unpacked when missing; empty when it cannot be. */
	Optional<Path> modelFile() {
		URL model = this.jars.getResource(MODEL);
		if (model == null) {
			return unpackedEarlier(MODEL.replace(".onnx", "-*.onnx"));
		}
		Path file = this.directory.resolve(MODEL.replace(".onnx", "-" + size(model) + ".onnx"));
		return unpacked(List.of(model), List.of(file)) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * The directory holding ONNX Runtime's two native libraries for this platform, unpacked when missing; empty when
	 * the runtime's jar has none for this platform or they cannot be unpacked.
	 */
	Optional<Path> nativeLibraries() {
		String platform = platform();
		if (platform == null) {
			return Optional.empty();
		}
		List<String> names = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
		List<URL> libraries = names.stream()
			.map((name) -> this.jars.getResource("ai/onnxruntime/native/" + platform + "/" + name))
			.toList();
		if (libraries.contains(null)) {
			return unpackedEarlier("onnxruntime-" + platform + "-*")
				.filter((folder) -> names.stream().allMatch((name) -> Files.isRegularFile(folder.resolve(name))));
		}
		Path folder = this.directory.resolve("onnxruntime-" + platform + "-" + size(libraries.get(0)));
		return unpacked(libraries, names.stream().map(folder::resolve).toList()) ? Optional.of(folder)
				: Optional.empty();
	}

	/** Vectors an earlier start kept for exactly these texts and this model; empty when there are none. */
	Optional<List<float[]>> vectors(List<String> texts) {
		Path file = vectorsFile(texts);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			int count = in.readInt();
			int dimension = in.readInt();
			if (count != texts.size() || dimension < 1 || dimension > 4096) {
				return Optional.empty();
			}
			List<float[]> vectors = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				float[] vector = new float[dimension];
				for (int j = 0; j < dimension; j++) {
					vector[j] = in.readFloat();
				}
				vectors.add(vector);
			}
			return (in.read() == -1) ? Optional.of(vectors) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Keeps the vectors of these texts for the next start; when they cannot be written, that start embeds them. */
	void keepVectors(List<String> texts, List<float[]> vectors) {
		try {
			ReadableFiles.write(vectorsFile(texts), (stream) -> {
				DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
				out.writeInt(vectors.size());
				out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
				for (float[] vector : vectors) {
					for (float value : vector) {
						out.writeFloat(value);
					}
				}
				out.flush();
			});
		}
		catch (IOException ex) {
			log.warn("Cannot keep the embedded examples in {} ({})", this.directory, ex.toString());
		}
	}

	private Path vectorsFile(List<String> texts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Long.toString(modelSize()).getBytes(StandardCharsets.UTF_8));
			for (String text : texts) {
				digest.update((byte) '\n');
				digest.update(text.getBytes(StandardCharsets.UTF_8));
			}
			return this.directory.resolve("vectors-" + HexFormat.of().formatHex(digest.digest(), 0, 8) + ".bin");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static boolean unpacked(List<URL> resources, List<Path> files) {
		try {
			for (int i = 0; i < files.size(); i++) {
				if (!Files.isRegularFile(files.get(i))) {
					unpack(resources.get(i), files.get(i));
				}
			}
			return true;
		}
		catch (IOException ex) {
			log.warn("Cannot unpack {} ({}); reading it from its jar", files, ex.toString());
			return false;
		}
	}

	private static void unpack(URL resource, Path file) throws IOException {
		ReadableFiles.write(file, (out) -> {
			try (InputStream content = resource.openStream()) {
				content.transferTo(out);
			}
		});
	}

	/** The model's size in its jar, which is its unpacked file's size when the jar no longer has it; -1 without either. */
	private long modelSize() {
		URL model = this.jars.getResource(MODEL);
		if (model != null) {
			return size(model);
		}
		try {
			Optional<Path> file = unpackedEarlier(MODEL.replace(".onnx", "-*.onnx"));
			return file.isPresent() ? Files.size(file.get()) : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** The one file or folder matching the pattern that an earlier start unpacked; empty unless there is exactly one. */
	private Optional<Path> unpackedEarlier(String pattern) {
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> matches = Files.newDirectoryStream(this.directory, pattern)) {
			matches.forEach(found::add);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** The size of a jar entry, from the jar's directory: nothing is inflated. */
	private static long size(URL resource) {
		try {
			return resource.openConnection().getContentLengthLong();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** The platform as ONNX Runtime's jar names its folders of native libraries; null for one it has none for. */
	private static String platform() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
		String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win"
				: null;
		String processor = switch (arch) {
			case "amd64", "x86_64" -> "x64";
			case "aarch64", "arm64" -> "aarch64";
			default -> null;
		};
		return (system != null && processor != null) ? system + "-" + processor : null;
	}

}
