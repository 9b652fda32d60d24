package io.recruitbot.system;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the PostgreSQL test database when it does not exist yet, so that {@code ./mvnw verify} needs nothing but a
 * running server: it connects to the server's {@code postgres} database with the same user and options.
 */
final class MissingTestDatabase {

	/** Any fixed number: test JVMs running at once take this advisory lock, so only one of them creates. */
	private static final long CREATION_LOCK = 0x7265637275697462L;

	/** PostgreSQL's "duplicate_database": someone created it between our check and our create. */
	private static final String DUPLICATE_DATABASE = "42P04";

	private MissingTestDatabase() {
	}

	/**
	 * Creates the database {@code jdbcUrl} names unless it exists, and returns {@code jdbcUrl}. A server that does
	 * not answer is left to the tests, which then fail connecting to it with the driver's own message.
	 */
	static String create(String jdbcUrl) {
		URI url = URI.create(jdbcUrl.substring("jdbc:".length()));
		String name = url.getPath().substring(1);
		String maintenance = "jdbc:postgresql://" + url.getRawAuthority() + "/postgres"
				+ (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
		try (Connection server = DriverManager.getConnection(maintenance)) {
			createUnlessExists(server, name);
		}
		catch (SQLException ex) {
			System.err.println("Could not make sure the test database " + name + " exists (" + ex.getMessage()
					+ "); is PostgreSQL running on " + url.getHost() + ":" + url.getPort() + "?");
		}
		return jdbcUrl;
	}

	private static void createUnlessExists(Connection server, String name) throws SQLException {
		try (Statement statement = server.createStatement()) {
			statement.execute("select pg_advisory_lock(" + CREATION_LOCK + ")");
			try {
				if (!exists(server, name)) {
					statement.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
				}
			}
			catch (SQLException ex) {
				if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
					throw ex;
				}
			}
			finally {
				statement.execute("select pg_advisory_unlock(" + CREATION_LOCK + ")");
			}
		}
	}

	private static boolean exists(Connection server, String name) throws SQLException {
		try (PreparedStatement query = server.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, name);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
	}

}
