package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedding model's files unpacked on disk ({@code EMBEDDING_MODEL_DIR}). */
class UnpackedModelTests {

	@TempDir
	Path directory;

	/** The jars as the image's build leaves them: without the model and ONNX Runtime's libraries. */
	private static final ClassLoader JARS_WITHOUT_THE_FILES = new ClassLoader(null) {
	};

	private final String nativePathBefore = System.getProperty(UnpackedModel.NATIVE_PATH_PROPERTY);

	@AfterEach
	void restoreTheNativePath() {
		if (this.nativePathBefore == null) {
			System.clearProperty(UnpackedModel.NATIVE_PATH_PROPERTY);
		}
		else {
			System.setProperty(UnpackedModel.NATIVE_PATH_PROPERTY, this.nativePathBefore);
		}
	}

	@Test
	void theModelIsUnpackedByTheFirstStartAndReadFromDiskByTheNext() throws IOException {
		Path model = new UnpackedModel(this.directory).modelFile().orElseThrow();
		assertThat(model.getParent()).isEqualTo(this.directory);
		assertThat(Files.size(model)).isGreaterThan(20_000_000);
		assertThat(model.getFileName()).hasToString("all-minilm-l6-v2-q-" + Files.size(model) + ".onnx");
		FileTime unpackedAt = FileTime.fromMillis(0);
		Files.setLastModifiedTime(model, unpackedAt);

		assertThat(new UnpackedModel(this.directory).modelFile()).contains(model);
		assertThat(Files.getLastModifiedTime(model)).isEqualTo(unpackedAt);
		try (var files = Files.list(this.directory)) {
			assertThat(files).containsExactly(model);
		}
	}

	@Test
	void onnxRuntimesNativeLibrariesAreUnpackedForThisPlatform() throws IOException {
		Path folder = new UnpackedModel(this.directory).nativeLibraries().orElseThrow();
		assertThat(folder.getFileName().toString()).startsWith("onnxruntime-");
		assertThat(Files.size(folder.resolve(System.mapLibraryName("onnxruntime")))).isGreaterThan(1_000_000);
		assertThat(Files.size(folder.resolve(System.mapLibraryName("onnxruntime4j_jni")))).isPositive();
	}

	@Test
	void everythingUnpackedIsReadableByOtherUsersAsTheImageRunsAsNotTheUserWhoUnpacked() throws IOException {
		Path image = this.directory.resolve("app");
		UnpackedModel unpacked = new UnpackedModel(image.resolve("model"));
		unpacked.modelFile().orElseThrow();
		unpacked.nativeLibraries().orElseThrow();
		unpacked.keepVectors(List.of("I want to apply"), List.of(new float[] { 1f }));

		try (var paths = Files.walk(image)) {
			assertThat(paths.toList()).hasSize(7).allSatisfy((path) -> assertThat(
					PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
				.as(path.toString())
				.isEqualTo(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
		}
	}

	@Test
	void aDirectoryThatCannotBeWrittenLeavesTheJarsToServe() throws IOException {
		Path notADirectory = Files.writeString(this.directory.resolve("taken"), "a file, not a directory");
		UnpackedModel unpacked = new UnpackedModel(notADirectory.resolve("model"));

		assertThat(unpacked.modelFile()).isEmpty();
		assertThat(unpacked.nativeLibraries()).isEmpty();
	}

	@Test
	void jarsThatNoLongerCarryTheFilesLeaveThoseAnEarlierStartUnpacked() {
		UnpackedModel first = new UnpackedModel(this.directory);
		Path model = first.modelFile().orElseThrow();
		Path libraries = first.nativeLibraries().orElseThrow();
		List<String> texts = List.of("I want to apply");
		first.keepVectors(texts, List.of(new float[] { 0.6f, 0.8f }));

		UnpackedModel stripped = new UnpackedModel(this.directory, JARS_WITHOUT_THE_FILES);

		assertThat(stripped.modelFile()).contains(model);
		assertThat(stripped.nativeLibraries()).contains(libraries);
		assertThat(stripped.vectors(texts)).hasValueSatisfying(
				(vectors) -> assertThat(vectors.get(0)).containsExactly(0.6f, 0.8f));
	}

	@Test
	void jarsWithoutTheFilesAndNoEarlierStartLeaveNothingToRead() {
		UnpackedModel stripped = new UnpackedModel(this.directory, JARS_WITHOUT_THE_FILES);

		assertThat(stripped.modelFile()).isEmpty();
		assertThat(stripped.nativeLibraries()).isEmpty();
		assertThat(stripped.vectors(List.of("I want to apply"))).isEmpty();
	}

	@Test
	void theImagesBuildUnpacksTheModelAndOnnxRuntimesLibrariesBeforeItRemovesThemFromTheJars() {
		UnpackEmbeddingModel.main(new String[] { this.directory.toString() });

		UnpackedModel stripped = new UnpackedModel(this.directory, JARS_WITHOUT_THE_FILES);
		assertThat(stripped.modelFile()).isPresent();
		assertThat(stripped.nativeLibraries()).isPresent();
	}

	@Test
	void theModelReadFromItsUnpackedFileEmbedsExactlyAsTheOneInTheJar() {
		String message = "Is the warehouse job still open? I can start next week.";

		float[] fromDisk = new MiniLmModel(this.directory).embed(message).content().vector();
		float[] fromJar = new MiniLmModel().embed(message).content().vector();

		assertThat(fromDisk).containsExactly(fromJar);
		assertThat(new UnpackedModel(this.directory).modelFile()).isPresent();
	}

	@Test
	void vectorsKeptForSomeTextsAreReadBackExactlyAndOnlyForThoseTexts() {
		UnpackedModel unpacked = new UnpackedModel(this.directory);
		List<String> texts = List.of("I want to apply", "Stop sending me messages");

		unpacked.keepVectors(texts, List.of(new float[] { 0.6f, 0.8f }, new float[] { 1f, 0f }));

		assertThat(unpacked.vectors(texts)).hasValueSatisfying((vectors) -> {
			assertThat(vectors.get(0)).containsExactly(0.6f, 0.8f);
			assertThat(vectors.get(1)).containsExactly(1f, 0f);
		});
		assertThat(unpacked.vectors(List.of("I want to apply"))).isEmpty();
		assertThat(unpacked.vectors(List.of("I want to apply", "Stop sending me messages!"))).isEmpty();
	}

	@Test
	void aDamagedVectorsFileIsIgnored() throws IOException {
		UnpackedModel unpacked = new UnpackedModel(this.directory);
		List<String> texts = List.of("I want to apply");
		unpacked.keepVectors(texts, List.of(new float[] { 0.6f, 0.8f }));
		try (var files = Files.list(this.directory)) {
			Path kept = files.filter((file) -> file.getFileName().toString().startsWith("vectors-")).findFirst().orElseThrow();
			Files.write(kept, new byte[] { 0, 0, 0, 1, 0, 0, 0, 2, 63 });
		}

		assertThat(unpacked.vectors(texts)).isEmpty();
	}

	@Test
	void textsEveryStartNeedsAreEmbeddedOnceAndThenReadFromTheDirectory() {
		List<String> texts = List.of("Can I apply for the warehouse job?", "Please delete my data");
		SentenceEmbeddings embeddings = new SentenceEmbeddings(this.directory);

		List<float[]> embedded = embeddings.embedAll(texts);
		assertThat(embedded.get(0)).containsExactly(embeddings.embed(texts.get(0)));
		assertThat(embedded.get(1)).containsExactly(embeddings.embed(texts.get(1)));
		assertThat(new UnpackedModel(this.directory).vectors(texts)).hasValueSatisfying(
				(kept) -> assertThat(kept.get(1)).containsExactly(embedded.get(1)));

		new UnpackedModel(this.directory).keepVectors(texts, List.of(new float[] { 1f }, new float[] { 0f }));
		assertThat(embeddings.embedAll(texts)).satisfiesExactly((first) -> assertThat(first).containsExactly(1f),
				(second) -> assertThat(second).containsExactly(0f));
	}

}
