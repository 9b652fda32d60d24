package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.whatsapp.OutboundMessage.Button;
import io.recruitbot.whatsapp.OutboundMessage.Buttons;
import io.recruitbot.whatsapp.OutboundMessage.ListMenu;
import io.recruitbot.whatsapp.OutboundMessage.Row;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static io.recruitbot.system.security.MachineRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The default set-up end to end: messages queued by the workflow are "sent" by the sandbox right after their
 * transaction commits (the relay polls only every 30 s here) and read back through {@code /api/sandbox/outbox}.
 */
@SpringBootTest(properties = "recruitbot.whatsapp.relay.poll-interval=30s")
@AutoConfigureMockMvc
class SandboxOutboxIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Outbox outbox;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	@Qualifier("whatsapp")
	private HealthIndicator health;

	@Test
	void outboxListsWhatWasQueuedForTheNumberOldestFirst() throws Exception {
		UUID anna = candidateWhoJustWrote("31611111111");
		this.transaction.executeWithoutResult((tx) -> {
			this.outbox.enqueue(new OutboundMessage(anna, "31611111111", new Text("Welcome to Recruitbot!"), null));
			this.outbox.enqueue(new OutboundMessage(anna, "31611111111", new Buttons("May we store your answers?",
					List.of(new Button("consent_yes", "Yes"), new Button("consent_no", "No"))), "consent"));
			this.outbox.enqueue(new OutboundMessage(anna, "31611111111", new ListMenu("Which role?", "Roles",
					List.of(new Row("barista", "Barista", "Coffee bars"), new Row("driver", "Driver", null))),
					"desiredRole"));
			this.outbox.enqueue(new OutboundMessage(null, "31699999999", new Text("Someone else"), null));
		});

		this.mvc.perform(get("/api/sandbox/outbox").param("to", "+31 6 1111 1111"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].to").value("31611111111"))
			.andExpect(jsonPath("$[0].type").value("text"))
			.andExpect(jsonPath("$[0].text").value("Welcome to Recruitbot!"))
			.andExpect(jsonPath("$[0].buttons").value(nullValue()))
			.andExpect(jsonPath("$[0].awaitingField").value(nullValue()))
			.andExpect(jsonPath("$[0].rows").doesNotExist())
			.andExpect(jsonPath("$[0].id").isString())
			.andExpect(jsonPath("$[0].at").isString())
			.andExpect(jsonPath("$[1].type").value("buttons"))
			.andExpect(jsonPath("$[1].text").value("May we store your answers?"))
			.andExpect(jsonPath("$[1].buttons", contains("Yes", "No")))
			.andExpect(jsonPath("$[1].awaitingField").value("consent"))
			.andExpect(jsonPath("$[2].type").value("list"))
			.andExpect(jsonPath("$[2].rows[0].title").value("Barista"))
			.andExpect(jsonPath("$[2].rows[1].id").value("driver"))
			.andExpect(jsonPath("$[2].awaitingField").value("desiredRole"));
	}

	@Test
	void sandboxSendsRightAfterTheEnqueueingTransactionCommits() {
		UUID bram = candidateWhoJustWrote("31622222222");

		UUID id = this.transaction.execute((tx) -> this.outbox
			.enqueue(new OutboundMessage(bram, "31622222222", new Text("Thanks, Bram!"), null)));

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				this.jdbc.sql("select status from message where id = ?").param(id).query(String.class).single())
			.isEqualTo("sent"));
		assertThat(this.jdbc.sql("select provider_message_id from message where id = ?")
			.param(id)
			.query(String.class)
			.single()).startsWith("sandbox-");
	}

	@Test
	void outboxWithoutARecipientIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/sandbox/outbox"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"));
		this.mvc.perform(get("/api/sandbox/outbox").param("to", "anna"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"));
	}

	@Test
	void healthNamesTheProviderAndCountsTheQueue() {
		Health health = this.health.health();

		assertThat(health.getDetails()).containsEntry("provider", "sandbox")
			.containsEntry("configured", false)
			.containsKeys("pendingOutbox", "failuresLastHour");
	}

	private UUID candidateWhoJustWrote(String phone) {
		UUID id = UUID.randomUUID();
		var now = SqlTimestamps.param(this.clock.instant());
		this.jdbc.sql("insert into candidate (id, phone, status, created_at, updated_at) values (?, ?, 'SCREENING', ?, ?)")
			.params(id, phone, now, now)
			.update();
		this.jdbc.sql("insert into message (id, candidate_id, direction, type, text, at) values (?, ?, 'inbound', 'text', 'Hi', ?)")
			.params(UUID.randomUUID(), id, now)
			.update();
		return id;
	}

}
