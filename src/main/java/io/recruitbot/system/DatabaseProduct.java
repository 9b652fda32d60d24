package io.recruitbot.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database the service talks to, for the few statements that differ between PostgreSQL and H2. */
public final class DatabaseProduct {

	private DatabaseProduct() {
	}

	/** Whether the data source is PostgreSQL; asks the database once, so call it when wiring, not per statement. */
	public static boolean isPostgresql(DataSource dataSource) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the service talks to", ex);
		}
	}

}
