package io.recruitbot.intake;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.recruitbot.system.security.MachineRequests.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A candidate's message with a NUL character (which PostgreSQL refuses in text) is handled without it, instead of
 * failing until it is a dead letter and the candidate never hears back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InboundNulCharacterIntegrationTests {

	// a number of its own each run: the PostgreSQL test database keeps earlier runs' candidates
	private static final String PHONE = "3168" + (1_000_000 + new Random().nextInt(9_000_000));

	@DynamicPropertySource
	static void postgresql(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.database.url", () -> TestDatabases.POSTGRES_URL);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNulCharacterInAMessageIsDroppedAndTheMessageHandled() throws Exception {
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON).content("""
				{"from":"%s","profileName":"Jo\\u0000sé","text":"Hal\\u0000lo"}""".formatted(PHONE)))
			.andExpect(status().isAccepted());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select state from inbox_message where phone = ?")
				.param(PHONE)
				.query(String.class)
				.list(), (states) -> states.equals(List.of("DONE")));
		assertThat(this.jdbc.sql("""
				select m.text from message m join candidate c on c.id = m.candidate_id
				where c.phone = ? and m.direction = 'inbound'""").param(PHONE).query(String.class).list())
			.contains("Hallo");
		assertThat(this.jdbc.sql("select profile_name from candidate where phone = ?").param(PHONE).query(String.class).single())
			.isEqualTo("José");
	}

}
