package io.recruitbot.conversation;

import io.recruitbot.system.TestDatabases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The take-over race on the real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TakeoverRaceContract.PausingUnderstanding.class)
class PostgresqlTakeoverRaceIntegrationTests extends TakeoverRaceContract {

	@DynamicPropertySource
	static void postgresql(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.database.url", () -> TestDatabases.POSTGRES_URL);
	}

}
