package io.recruitbot.system;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database as a first start would make it, made once when the image is built: a new database with every
 * migration applied and no row but Flyway's history. A container's file system is new at every deployment (unless a
 * volume keeps {@code ./data}), so on the embedded default every such start made the same schema again, which costs
 * about a second of processor time (H2 copies a table for each column a migration adds). A start on an empty data
 * directory copies the template that {@code EMBEDDED_DATABASE_TEMPLATE} names instead, and Flyway finds the schema up
 * to date, or applies what a later release added. A database that is already there is never touched.
 * <pre>java -cp 'app.jar:lib/*' io.recruitbot.system.EmbeddedDatabaseTemplate DIRECTORY</pre>
 */
final class EmbeddedDatabaseTemplate {

	/** H2's file for a database named {@code recruitbot}, as the template and as the embedded default's database. */
	static final String FILE_NAME = "recruitbot.mv.db";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseTemplate.class);

	private EmbeddedDatabaseTemplate() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 1) {
			System.err.println("usage: EmbeddedDatabaseTemplate DIRECTORY");
			System.exit(64);
		}
		make(Path.of(args[0]));
	}

	/** Migrates a new embedded database in the directory, closes it compacted and returns its file. */
	static Path make(Path directory) throws SQLException {
		Path file = directory.resolve(FILE_NAME);
		if (Files.exists(file)) {
			throw new IllegalStateException(file + " is there already: a template is made on nothing but the migrations");
		}
		String url = DatabaseUrl.embeddedFile(directory.resolve("recruitbot").toString());
		DriverManagerDataSource database = new DriverManagerDataSource(url, "sa", "");
		SchemaMigration.flyway(database, DatabaseUrl.parse(url)).migrate();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("shutdown compact");
		}
		return file;
	}

	/**
	 * Copies the template to the database's file when there is no database yet; says whether it did. A template that
	 * cannot be read is reported and left: the migrations make the database then, as without one.
	 */
	static boolean copyIfNew(Path template, Path database) throws IOException {
		if (Files.exists(database)) {
			return false;
		}
		if (!Files.isReadable(template)) {
			log.warn("EMBEDDED_DATABASE_TEMPLATE names {}, which cannot be read: the migrations make the embedded "
					+ "database instead", template);
			return false;
		}
		// copied beside it, then renamed: a start killed while copying leaves no half database behind; the rename never
		// replaces a database another start made meanwhile
		Path copy = database.resolveSibling(database.getFileName() + ".copy");
		Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
		try {
			Files.move(copy, database);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(copy);
			return false;
		}
		log.info("Made the embedded database from the template {}", template);
		return true;
	}

}
