package io.recruitbot.system;

import java.sql.DatabaseMetaData;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.function.SingletonSupplier;

/** Which database the service talks to, for the few statements that differ between PostgreSQL and H2. */
public final class DatabaseProduct {

	private DatabaseProduct() {
	}

	/**
	 * Whether the data source is PostgreSQL, asked on first use and then remembered: wiring a bean never waits for the
	 * database (whose schema may still be migrated), and a statement never asks again.
	 */
	public static Supplier<Boolean> isPostgresqlOnFirstUse(DataSource dataSource) {
		return SingletonSupplier.of(() -> isPostgresql(dataSource));
	}

	private static boolean isPostgresql(DataSource dataSource) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the service talks to", ex);
		}
	}

}
