package io.recruitbot.ops.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs a shell script of the repository with exactly the environment given, as the container would. */
final class Script {

	static final Path ROOT = Path.of("").toAbsolutePath();

	private Script() {
	}

	static Result run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
		builder.environment().clear();
		builder.environment().put("PATH", System.getenv("PATH"));
		builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("script", ".out");
		Path err = Files.createTempFile("script", ".err");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8), process.pid());
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	static void assumeOnPath(String tool) {
		boolean found = List.of(System.getenv("PATH").split(":"))
			.stream()
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, tool)));
		assumeTrue(found, tool + " is not installed: apt-get install " + tool + " (.ci/run does)");
	}

	record Result(int exitCode, String out, String err, long pid) {
	}

}
