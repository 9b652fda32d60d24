package io.recruitbot.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The child process of {@link EmbeddedDatabaseCrashIntegrationTests}: commits one row after the other into the embedded
 * database at the path given, and says "stored N" after each commit, as the webhook answers 200 after its commit.
 */
final class AcknowledgingWriter {

	private AcknowledgingWriter() {
	}

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection(DatabaseUrl.embeddedFile(args[0]), "sa", "")) {
			connection.createStatement().execute("create table if not exists acknowledged (n integer primary key)");
			PreparedStatement insert = connection.prepareStatement("insert into acknowledged (n) values (?)");
			for (int n = 1; n <= Integer.parseInt(args[1]); n++) {
				insert.setInt(1, n);
				insert.executeUpdate();
				System.out.println("stored " + n);
				System.out.flush();
			}
		}
	}

}
