package io.recruitbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link in the repository's Markdown leads to a file of the repository, and every {@code #anchor} to
 * a heading of its file: documentation that moves must not leave a newcomer in front of a dead link.
 */
class DocumentationLinksTests {

	private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

	/** {@code [text](target)} and {@code ![alt](target)}; the target ends at a space (a title) or the parenthesis. */
	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

	@Test
	void everyRelativeLinkLeadsToAFileOrHeadingOfTheRepository() {
		List<String> broken = new ArrayList<>();
		for (Path document : markdownFiles()) {
			for (String target : links(document)) {
				check(document, target).ifPresent(broken::add);
			}
		}
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void aHeadingsAnchorIsItsTextAsGitHubWritesIt() {
		assertThat(anchor("Where do I change ...?")).isEqualTo("where-do-i-change-");
		assertThat(anchor("The 24-hour window and `WHATSAPP_TEMPLATE_NAME`")).isEqualTo(
				"the-24-hour-window-and-whatsapp_template_name");
	}

	private static Optional<String> check(Path document, String target) {
		if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
			return Optional.empty(); // http:, https:, mailto: leave the repository on purpose
		}
		String where = ROOT.relativize(document) + ": " + target;
		int hash = target.indexOf('#');
		String path = URLDecoder.decode((hash < 0) ? target : target.substring(0, hash), StandardCharsets.UTF_8);
		Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
		if (!file.startsWith(ROOT)) {
			return Optional.of(where + " (outside the repository)");
		}
		if (!Files.exists(file)) {
			return Optional.of(where + " (no such file)");
		}
		if (hash >= 0 && file.toString().endsWith(".md") && !anchors(file).contains(target.substring(hash + 1))) {
			return Optional.of(where + " (no such heading)");
		}
		return Optional.empty();
	}

	private static List<Path> markdownFiles() {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter((file) -> file.toString().endsWith(".md"))
				.filter((file) -> ROOT.relativize(file).toString().split("/")[0].matches("[^.].*"))
				.filter((file) -> !ROOT.relativize(file).startsWith("target"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The link targets outside fenced code blocks, where Markdown renders them as links. */
	private static List<String> links(Path document) {
		List<String> targets = new ArrayList<>();
		boolean code = false;
		for (String line : read(document)) {
			if (line.strip().startsWith("```")) {
				code = !code;
				continue;
			}
			Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
			while (!code && link.find()) {
				targets.add(link.group(1));
			}
		}
		return targets;
	}

	private static Set<String> anchors(Path document) {
		Set<String> anchors = new HashSet<>();
		boolean code = false;
		for (String line : read(document)) {
			code ^= line.strip().startsWith("```");
			Matcher heading = HEADING.matcher(line);
			if (!code && heading.matches()) {
				String anchor = anchor(heading.group(1));
				for (int n = 1; !anchors.add(anchor); n++) {
					anchor = anchor(heading.group(1)) + "-" + n; // GitHub numbers repeated headings
				}
			}
		}
		return anchors;
	}

	/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
	static String anchor(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

	private static List<String> read(Path document) {
		try {
			return Files.readAllLines(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
