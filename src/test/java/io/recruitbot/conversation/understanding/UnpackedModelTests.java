package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedding model's files unpacked on disk ({@code EMBEDDING_MODEL_DIR}). */
class UnpackedModelTests {

	@TempDir
	Path directory;

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
	void aDirectoryThatCannotBeWrittenLeavesTheJarsToServe() throws IOException {
		Path notADirectory = Files.writeString(this.directory.resolve("taken"), "a file, not a directory");
		UnpackedModel unpacked = new UnpackedModel(notADirectory.resolve("model"));

		assertThat(unpacked.modelFile()).isEmpty();
		assertThat(unpacked.nativeLibraries()).isEmpty();
	}

	@Test
	void theModelReadFromItsUnpackedFileEmbedsExactlyAsTheOneInTheJar() {
		String message = "Is the warehouse job still open? I can start next week.";

		float[] fromDisk = new MiniLmModel(this.directory).embed(message).content().vector();
		float[] fromJar = new MiniLmModel().embed(message).content().vector();

		assertThat(fromDisk).containsExactly(fromJar);
		assertThat(new UnpackedModel(this.directory).modelFile()).isPresent();
	}

}
