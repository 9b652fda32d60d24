package io.recruitbot.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;

import javax.sql.DataSource;

import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.recruitbot.intake.WebhookFixtures.META_SECRET;
import static io.recruitbot.intake.WebhookFixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static io.recruitbot.system.security.MachineRequests.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signed deliveries that PostgreSQL could not hold as sent: each is stored cleaned and acknowledged, or refused once
 * with a 4xx, never answered 503 for ever (Meta retries a 503 for a week) nor acknowledged and then dead-lettered.
 */
@SpringBootTest(properties = { "recruitbot.webhooks.meta-app-secret=" + META_SECRET,
		"recruitbot.inbox.poll-interval=200ms", "recruitbot.inbox.first-retry-delay=50ms",
		"recruitbot.inbox.max-attempts=3" })
@AutoConfigureMockMvc
@Import(RecordingConversationEngine.class)
@DirtiesContext // its workers would take other test classes' messages from the shared PostgreSQL database
class UnstorableInputIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void onPostgresql(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.database.url", () -> TestDatabases.POSTGRES_URL);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RecordingConversationEngine engine;

	@Autowired
	private DataSource dataSource;

	@MockitoSpyBean
	private InboxWriter writer;

	@BeforeEach
	void startFromAnEmptyDatabase() {
		// what an earlier test left waiting (8,000 messages) is not worth the workers' time
		TestDatabases.truncateAll(this.dataSource);
		this.engine.reset();
	}

	private ResultActions deliver(byte[] body) throws Exception {
		return this.mvc.perform(post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Hub-Signature-256", signature(META_SECRET, body)));
	}

	private long inboxCount(String condition) {
		return JdbcClient.create(this.dataSource)
			.sql("select count(*) from inbox_message where " + condition)
			.query(Long.class)
			.single();
	}

	private static byte[] messages(String... messages) {
		StringJoiner joined = new StringJoiner(",");
		for (String message : messages) {
			joined.add(message);
		}
		return ("{\"entry\":[{\"changes\":[{\"value\":{\"messages\":[" + joined + "]}}]}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aTimestampOutsideWhatTheDatabaseHoldsIsStoredAsTheReceiveTime() throws Exception {
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// year 318,857 and year -1: signed, so refusing them would make Meta deliver them again for a week
		deliver(WebhookFixtures.text("wamid.FAR", "31600000701", 9_999_999_999_999L, "hello")).andExpect(status().isOk());
		deliver(WebhookFixtures.text("wamid.PAST", "31600000702", -62_198_755_200L, "hello")).andExpect(status().isOk());
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select provider_timestamp from inbox_message order by id")
			.query(Instant.class)
			.list()).hasSize(2).allSatisfy((at) -> assertThat(at).isBetween(before, Instant.now()));
	}

	@Test
	void aLocationFullOfControlCharactersIsStoredWithoutThem() throws Exception {
		String noise = "\\u0001".repeat(4096);
		deliver(messages("""
				{"from":"31600000703","id":"wamid.PIN","timestamp":"1764316800","type":"location",
				"location":{"latitude":52.1,"longitude":4.3,"name":"Depot%s","address":"%sKade 1"}}"""
			.formatted(noise, noise))).andExpect(status().isOk());
		await().atMost(PATIENCE).until(() -> this.engine.handledFrom("31600000703").size() == 1);
		InboundMessage handled = this.engine.handledFrom("31600000703").get(0);
		assertThat(handled.location().name()).isEqualTo("Depot");
		assertThat(handled.location().address()).isEqualTo("Kade 1");
	}

	@Test
	void aDeliveryOfEightThousandMessagesIsStoredWhole() throws Exception {
		String[] messages = new String[8000];
		for (int i = 0; i < messages.length; i++) {
			messages[i] = """
					{"from":"3160000%04d","id":"wamid.MANY%05d","timestamp":"1764316800","type":"text","text":{"body":"hi"}}"""
				.formatted(i % 10, i);
		}
		deliver(messages(messages)).andExpect(status().isOk());
		assertThat(inboxCount("provider_message_id like 'wamid.MANY%'")).isEqualTo(8000);
	}

	@Test
	void aNulCharacterInATextIsDroppedAndTheMessageProcessed() throws Exception {
		deliver(WebhookFixtures.text("wamid.NUL", "31600000704", 1764316800, "hel\\u0000lo")).andExpect(status().isOk());
		await().atMost(PATIENCE).until(() -> this.engine.handledFrom("31600000704").size() == 1);
		assertThat(this.engine.handledFrom("31600000704").get(0).text()).isEqualTo("hello");
		assertThat(inboxCount("state = 'DEAD'")).isZero();
	}

	@Test
	void aNulCharacterSentThroughTheSandboxIsDroppedToo() throws Exception {
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"31600000706\",\"text\":\"hel\\u0000lo\"}")).andExpect(status().isAccepted());
		await().atMost(PATIENCE).until(() -> this.engine.handledFrom("31600000706").size() == 1);
		assertThat(this.engine.handledFrom("31600000706").get(0).text()).isEqualTo("hello");
	}

	@Test
	void aDeliveryTheDatabaseRefusesForItsContentIsAnswered422Once() throws Exception {
		doThrow(new DataIntegrityViolationException("value too long")).when(this.writer).store(anyString(), any());
		try {
			deliver(WebhookFixtures.text("wamid.REFUSED", "31600000705", 1764316800, "hello"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.error").value("unstorable_delivery"));
		}
		finally {
			reset(this.writer);
		}
	}

}
