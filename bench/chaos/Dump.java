import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Base64;

/**
 * Prints what a chaos run left in the database, for {@code chaos.py report}: one tab-separated line per inbox row and
 * per outbox row. Runs after the services stopped (the embedded H2 file can be opened by one process at a time), with
 * the JDBC drivers taken from the service's own jar.
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar bench/chaos/Dump.java JDBC_URL USER [PASSWORD]
 * </pre>
 *
 * Lines: {@code inbox phone providerMessageId state attempts processedAtMillis} and
 * {@code outbox recipient queueOrder awaitingField base64(payload)}.
 */
public class Dump {

	public static void main(String[] args) throws Exception {
		try (Connection db = DriverManager.getConnection(args[0], args[1], (args.length > 2) ? args[2] : "");
				Statement statement = db.createStatement()) {
			try (ResultSet row = statement.executeQuery("""
					select phone, provider_message_id, state, attempts, processed_at from inbox_message order by id""")) {
				while (row.next()) {
					Timestamp processed = row.getTimestamp(5);
					System.out.println(String.join("\t", "inbox", row.getString(1), row.getString(2), row.getString(3),
							Integer.toString(row.getInt(4)), (processed != null) ? Long.toString(processed.getTime()) : "-"));
				}
			}
			try (ResultSet row = statement.executeQuery("""
					select recipient, queue_order, awaiting_field, payload from outbox_message order by queue_order""")) {
				while (row.next()) {
					String awaiting = row.getString(3);
					System.out.println(String.join("\t", "outbox", row.getString(1), Long.toString(row.getLong(2)),
							(awaiting != null) ? awaiting : "-",
							Base64.getEncoder().encodeToString(row.getString(4).getBytes(StandardCharsets.UTF_8))));
				}
			}
		}
	}

}
