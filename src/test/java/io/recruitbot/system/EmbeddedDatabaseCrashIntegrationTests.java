package io.recruitbot.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps every commit a killed process had acknowledged (kill -9: no shutdown hook runs). */
class EmbeddedDatabaseCrashIntegrationTests {

	private static final int KILL_AFTER = 300;

	@TempDir
	Path directory;

	@Test
	void everyAcknowledgedCommitSurvivesAKill() throws Exception {
		String file = this.directory.resolve("crash").toString();
		// the acknowledgements go to a file: what the child wrote there before the kill is kept, as a 200 sent is
		Path acknowledgements = this.directory.resolve("acknowledgements.txt");
		Process writer = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(), file, "1000000")
			.redirectOutput(acknowledgements.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (acknowledged(acknowledgements) < KILL_AFTER && writer.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		// killed while it writes on, right after some acknowledgement
		writer.destroyForcibly();
		assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		int acknowledged = acknowledged(acknowledgements);
		assertThat(acknowledged).isGreaterThanOrEqualTo(KILL_AFTER);
		try (Connection reopened = DriverManager.getConnection(DatabaseUrl.embeddedFile(file), "sa", "");
				ResultSet count = reopened.createStatement().executeQuery("select count(*) from acknowledged")) {
			count.next();
			assertThat(count.getInt(1)).as("rows kept of %d acknowledged", acknowledged)
				.isGreaterThanOrEqualTo(acknowledged);
		}
	}

	/** The highest N of a whole "stored N" line; a line the kill cut off acknowledges nothing. */
	private static int acknowledged(Path acknowledgements) throws Exception {
		List<String> lines = Files.exists(acknowledgements) ? Files.readAllLines(acknowledgements) : List.of();
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).matches("stored \\d+")) {
				return Integer.parseInt(lines.get(i).substring("stored ".length()));
			}
		}
		return 0;
	}

}
