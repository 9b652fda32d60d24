package io.recruitbot.intake;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static io.recruitbot.intake.WebhookFixtures.META_SECRET;
import static io.recruitbot.intake.WebhookFixtures.fixture;
import static io.recruitbot.intake.WebhookFixtures.signature;
import static io.recruitbot.system.security.MachineRequests.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With the database gone, deliveries are answered 503 so that the provider delivers them again later. */
@SpringBootTest(properties = "recruitbot.webhooks.meta-app-secret=" + META_SECRET)
@AutoConfigureMockMvc
@Import(RecordingConversationEngine.class)
@DirtiesContext
class StorageDownIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataSource dataSource;

	@Test
	void deliveriesAreAnswered503WhileTheDatabaseIsDown() throws Exception {
		this.dataSource.unwrap(HikariDataSource.class).close();
		byte[] body = fixture("whatsapp-text");
		this.mvc.perform(post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", signature(META_SECRET, body))
			.content(body))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.error").value("storage_unavailable"));
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"31600000555\",\"text\":\"hello\"}"))
			.andExpect(status().isServiceUnavailable());
	}

}
