package io.recruitbot.conversation.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The meaningful lines of a UTF-8 list on the class path: blank lines and {@code #} comments left out. */
final class ResourceLines {

	private ResourceLines() {
	}

	static List<String> read(String resource) {
		List<String> lines = readIfPresent(resource);
		if (lines == null) {
			throw new IllegalStateException("Missing resource " + resource);
		}
		return lines;
	}

	/** The lines, or an empty list when the file is not there (an optional file of a language). */
	static List<String> readIfPresentOrEmpty(String resource) {
		List<String> lines = readIfPresent(resource);
		return (lines != null) ? lines : List.of();
	}

	private static List<String> readIfPresent(String resource) {
		try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
