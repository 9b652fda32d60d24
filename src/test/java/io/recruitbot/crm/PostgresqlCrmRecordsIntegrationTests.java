package io.recruitbot.crm;

import javax.sql.DataSource;

import io.recruitbot.system.TestDatabases;

class PostgresqlCrmRecordsIntegrationTests extends CrmRecordsContract {

	@Override
	DataSource dataSource() {
		return TestDatabases.POSTGRESQL.shared();
	}

}
