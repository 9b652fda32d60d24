package io.recruitbot.conversation.understanding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ai.onnxruntime.OrtEnvironment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model's large files unpacked on disk, in the directory that {@code EMBEDDING_MODEL_DIR} names: the
 * ONNX model (23 MB) and ONNX Runtime's native libraries (16 MB). The first start that misses them unpacks them (the
 * image's build does, in its training start); every later start reads the model straight from its file and lets ONNX
 * Runtime load its libraries from there, instead of inflating the model into the heap and the libraries into a
 * temporary directory each time. The vectors of the texts every start embeds (the intent examples) are kept there
 * too. Each file is named after its size in the jar (vectors: after a digest of the texts and the model's size), so a
 * new version never meets an old file. When a file cannot be written, the jars serve as they do without the setting.
 */
final class UnpackedModel {

	private static final Logger log = LoggerFactory.getLogger(UnpackedModel.class);

	private static final String MODEL = "all-minilm-l6-v2-q.onnx";

	/** ONNX Runtime's own setting: the directory it loads its native libraries from. */
	static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";

	/** Readable by every user: the image unpacks as root at build time and runs as another user. */
	private static final Set<PosixFilePermission> READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");
	private static final Set<PosixFilePermission> READABLE_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private final Path directory;

	UnpackedModel(Path directory) {
		this.directory = directory;
	}

	/** The model's file, unpacked when missing; empty when it cannot be. */
	Optional<Path> modelFile() {
		URL model = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource("/" + MODEL);
		if (model == null) {
			return Optional.empty();
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
		ClassLoader loader = OrtEnvironment.class.getClassLoader();
		List<String> names = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
		List<URL> libraries = names.stream()
			.map((name) -> loader.getResource("ai/onnxruntime/native/" + platform + "/" + name))
			.toList();
		if (libraries.contains(null)) {
			return Optional.empty();
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
			write(vectorsFile(texts), (stream) -> {
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
			URL model = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource("/" + MODEL);
			digest.update(Long.toString((model != null) ? size(model) : -1).getBytes(StandardCharsets.UTF_8));
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
		write(file, (out) -> {
			try (InputStream content = resource.openStream()) {
				content.transferTo(out);
			}
		});
	}

	/** Written beside its place and moved there, so that a start that stops half-way leaves no half file behind. */
	private static void write(Path file, Content content) throws IOException {
		createReadableDirectories(file.getParent());
		Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
		try {
			// a temporary file is private (0600); the one it becomes is read by other users
			permit(partial, READABLE_FILE);
			try (OutputStream out = Files.newOutputStream(partial)) {
				content.writeTo(out);
			}
			try {
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Creates the missing directories readable by every user, whatever the process's umask. */
	private static void createReadableDirectories(Path directory) throws IOException {
		Path absolute = directory.toAbsolutePath();
		if (!Files.isDirectory(absolute)) {
			createReadableDirectories(absolute.getParent());
			Files.createDirectories(absolute); // not createDirectory: a concurrent start may have made it meanwhile
			permit(absolute, READABLE_DIRECTORY);
		}
	}

	private static void permit(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	@FunctionalInterface
	private interface Content {

		void writeTo(OutputStream out) throws IOException;

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
