package io.recruitbot.candidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate module is the only one whose SQL touches the candidate, its consents and the transcript. Modulith's
 * {@code verify()} sees Java dependencies only; a module writing another's table by SQL would pass it, so this test
 * reads the sources (comments left out) for SQL naming those tables.
 */
class TableOwnershipTests {

	static final List<String> OWNED = List.of("candidate", "consent_record", "message", "candidate_open_question",
			"candidate_note");

	static final Path SOURCES = Path.of("src/main/java/io/recruitbot");

	static final Path OWNER = SOURCES.resolve("candidate");

	/** A table named where SQL names one: after from, join, update, into, or in a foreign key. */
	static final Pattern SQL_ON_OWNED_TABLE = Pattern.compile(
			"(?i)\\b(?:from|join|update|into|references|table)\\s+(" + String.join("|", OWNED) + ")\\b(?![.\\w])");

	private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

	@Test
	void noOtherModulesSqlTouchesTheCandidateConsentOrMessageTables() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			List<String> offences = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.startsWith(OWNER))
				.flatMap((file) -> offences(file).stream())
				.toList();
			assertThat(offences).as("SQL on the candidate module's tables outside io.recruitbot.candidate").isEmpty();
		}
	}

	@Test
	void theCheckRecognisesSqlOnTheOwnedTablesAndNotProse() {
		assertThat(SQL_ON_OWNED_TABLE.matcher("select id from candidate where phone = ?").find()).isTrue();
		assertThat(SQL_ON_OWNED_TABLE.matcher("update message set status = 'sent'").find()).isTrue();
		assertThat(SQL_ON_OWNED_TABLE.matcher("select count(*) from message m join candidate c on c.id = m.candidate_id")
			.find()).isTrue();
		assertThat(SQL_ON_OWNED_TABLE.matcher("insert into consent_record (candidate_id) values (?)").find()).isTrue();
		assertThat(SQL_ON_OWNED_TABLE.matcher("delete from outbox_message where candidate_id is null").find()).isFalse();
		assertThat(SQL_ON_OWNED_TABLE.matcher("the message from candidate.phone()").find()).isFalse();
		assertThat(SQL_ON_OWNED_TABLE.matcher("insert into crm_message_sync (message_id) values (?)").find()).isFalse();
	}

	private static List<String> offences(Path file) {
		try {
			String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
			Matcher sql = SQL_ON_OWNED_TABLE.matcher(code);
			return sql.results().map((match) -> SOURCES.relativize(file) + ": " + match.group()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
