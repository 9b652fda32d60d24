package io.recruitbot.conversation.understanding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files of the {@link UnpackedModel} written whole or not at all, readable by every user whatever the umask: the image
 * unpacks as root at build time and runs as another user.
 */
final class ReadableFiles {

	private static final Set<PosixFilePermission> READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");

	private static final Set<PosixFilePermission> READABLE_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private ReadableFiles() {
	}

	/** Written beside its place and moved there, so that a start that stops half-way leaves no half file behind. */
	static void write(Path file, Content content) throws IOException {
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
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
