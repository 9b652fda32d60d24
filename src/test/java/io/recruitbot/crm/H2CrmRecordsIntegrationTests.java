package io.recruitbot.crm;

import javax.sql.DataSource;

import io.recruitbot.system.TestDatabases;

class H2CrmRecordsIntegrationTests extends CrmRecordsContract {

	@Override
	DataSource dataSource() {
		return TestDatabases.H2.shared();
	}

}
