package io.recruitbot.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A JDBC connection target read from {@code DATABASE_URL}. Accepts the three PostgreSQL forms operators paste
 * ({@code postgresql://}, {@code postgres://} as Heroku, Railway and Supabase print them, and {@code jdbc:postgresql:}),
 * and an explicit {@code jdbc:h2:} URL for local use. Blank means the embedded H2 file database.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

	/**
	 * WRITE_DELAY=0: H2 otherwise writes commits to its file up to half a second later, so a killed process loses
	 * messages it had already acknowledged. DB_CLOSE_ON_EXIT=FALSE: H2 would close the database from a JVM shutdown
	 * hook of its own, while the service's graceful shutdown still finishes its work in it; the pool closes it last.
	 */
	private static final String EMBEDDED_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
			+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

	static final String EMBEDDED = embeddedFile("./data/recruitbot");

	private static final int SUPABASE_TRANSACTION_POOLER_PORT = 6543;

	public static DatabaseUrl parse(String value) {
		if (value == null || value.isBlank()) {
			return new DatabaseUrl(EMBEDDED, "sa", "");
		}
		String url = value.trim();
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:postgresql:") || lower.startsWith("jdbc:h2:")) {
			return new DatabaseUrl(url, null, null);
		}
		if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
			return fromUri(url);
		}
		throw new InvalidSettingException(ContractVariable.DATABASE_URL,
				"must be a PostgreSQL URL such as postgresql://user:password@host:5432/database (got " + describe(url) + ")");
	}

	/** The embedded database's JDBC URL for a database file at another path (tests use a temporary one). */
	static String embeddedFile(String path) {
		return "jdbc:h2:file:" + path + EMBEDDED_SETTINGS;
	}

	public boolean embedded() {
		return this.jdbcUrl.startsWith("jdbc:h2:");
	}

	/**
	 * Where Flyway finds this database's migrations: those written for both products ({@code db/migration}) and the
	 * few each writes its own way ({@code db/h2}, {@code db/postgresql}), told from the URL without connecting.
	 */
	String[] migrationLocations() {
		return new String[] { "classpath:db/migration", "classpath:db/" + (embedded() ? "h2" : "postgresql") };
	}

	private static DatabaseUrl fromUri(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidSettingException(ContractVariable.DATABASE_URL,
					"is not a valid URL (check that special characters in the password are percent-encoded)");
		}
		if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
			throw new InvalidSettingException(ContractVariable.DATABASE_URL,
					"must name a host and a database, as in postgresql://user:password@host:5432/database");
		}
		int port = (uri.getPort() > 0) ? uri.getPort() : 5432;
		List<String> parameters = new ArrayList<>();
		if (uri.getRawQuery() != null) {
			for (String parameter : uri.getRawQuery().split("&")) {
				// pgbouncer=true is a Prisma convention the JDBC driver does not know; its meaning is added below
				if (!parameter.isBlank() && !parameter.toLowerCase(Locale.ROOT).startsWith("pgbouncer=")) {
					parameters.add(parameter);
				}
			}
		}
		boolean transactionPooler = port == SUPABASE_TRANSACTION_POOLER_PORT
				|| (uri.getRawQuery() != null && uri.getRawQuery().toLowerCase(Locale.ROOT).contains("pgbouncer=true"));
		if (transactionPooler && parameters.stream().noneMatch((p) -> p.startsWith("prepareThreshold="))) {
			// a transaction pooler hands each transaction another server connection: server-side prepared statements break
			parameters.add("prepareThreshold=0");
		}
		String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
				+ (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
		String username = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] credentials = uri.getRawUserInfo().split(":", 2);
			username = decode(credentials[0]);
			password = (credentials.length > 1) ? decode(credentials[1]) : null;
		}
		return new DatabaseUrl(jdbcUrl, username, password);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String describe(String url) {
		int colon = url.indexOf(':');
		return (colon > 0 && colon < 20) ? "a '" + url.substring(0, colon) + "' URL" : "a value that is not a URL";
	}

	@Override
	public String toString() {
		return "DatabaseUrl[" + this.jdbcUrl + ", user=" + this.username + "]";
	}

}
