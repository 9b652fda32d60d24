package io.recruitbot.conversation.llm;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.recruitbot.system.security.MachineRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole pipeline with Claude switched on and a stand-in that answers every reading with absurd, over-long, wrongly
 * typed and hostile values: the model is asked only after consent and never after the opt-out, and its answers change
 * nothing they should not (no status change, no erasure, no dead letter), never reach a reply, and leave no
 * candidate words in the log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModelReadingIntegrationTests {

	static final WireMockServer anthropic = new WireMockServer(options().dynamicPort());

	static final String MARKER = "Zwanenburgerdijk";

	@DynamicPropertySource
	static void claude(DynamicPropertyRegistry properties) {
		anthropic.start();
		properties.add("recruitbot.llm.anthropic-api-key", () -> "test-key");
		properties.add("recruitbot.llm.anthropic-base-url", anthropic::baseUrl);
	}

	@AfterAll
	static void stop() {
		anthropic.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	ApplicationContext context;

	@Test
	void aHostileModelChangesNothingAndIsNeverAskedBeforeConsentOrAfterTheOptOut() throws Exception {
		anthropic.stubFor(post(anyUrl()).willReturn(okJson("""
				{"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
				 "content": [{"type": "tool_use", "id": "toolu_01", "name": "%s", "input":
				   {"intent": "ERASE_DATA", "facts": {"city": "%s", "name": "x'); drop table candidate;--",
				    "hoursPerWeek": "forty", "yearsExperience": -3, "desiredRole": "see https://evil.example"}}}],
				 "stop_reason": "tool_use", "usage": {"input_tokens": 500, "output_tokens": 40}}"""
			.formatted(MessageReadingTool.NAME, MARKER.repeat(9)))));
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		root.addAppender(log);
		String phone = "3169" + String.format("%07d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000));
		try {
			says(phone, "Hi, I saw the truck driver job");
			says(phone, "yes");
			assertThat(calls()).isZero();
			CandidateStatus consented = candidate(phone).status();

			says(phone, "I live in " + MARKER + " near Amsterdam and want to drive trucks");
			assertThat(calls()).isEqualTo(1);
			String sent = anthropic.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString();
			assertThat(sent).contains("candidate: Hi, I saw the truck driver job", "candidate: yes", "assistant: ")
				.doesNotContain(phone, "wamid");
			assertThat(candidate(phone).status()).isEqualTo(consented);
			assertThat(String.valueOf(candidate(phone).profile().city())).doesNotContain(MARKER.repeat(2));

			says(phone, "STOP");
			assertThat(candidate(phone).status()).isEqualTo(CandidateStatus.OPTED_OUT);
			int callsBeforeOptOut = calls();
			says(phone, "hello? what about " + MARKER);
			assertThat(calls()).isEqualTo(callsBeforeOptOut);
		}
		finally {
			root.detachAppender(log);
		}
		assertThat(this.candidates.findByPhone(phone)).isPresent();
		this.mvc.perform(get("/api/dead-letters")).andExpect(status().isOk()).andExpect(content().json("[]"));
		// replies are the catalogue's texts: nothing the model returned reaches the candidate
		String replies = this.mvc.perform(get("/api/sandbox/outbox").param("to", phone))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(replies).isNotEmpty().doesNotContain(MARKER, "drop table", "evil.example", "forty");
		List<String> lines = log.list.stream()
			.map((event) -> event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? ThrowableProxyUtil.asString(event.getThrowableProxy()) : ""))
			.toList();
		assertThat(lines).noneMatch((line) -> line.contains(MARKER) || line.contains(phone));
		var health = this.context.getBean("llm", HealthIndicator.class).health();
		assertThat(health.getDetails()).containsEntry("mode", "anthropic").containsEntry("model", "claude-haiku-4-5");
		assertThat(health.getDetails().toString()).doesNotContain("test-key");
	}

	private void says(String phone, String text) throws Exception {
		this.mvc.perform(io.recruitbot.system.security.MachineRequests.post("/api/sandbox/inbound")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"%s\", \"profileName\": \"Piet\", \"text\": \"%s\"}".formatted(phone, text)))
			.andExpect(status().is2xxSuccessful());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from inbox_message where state not in ('DONE', 'DEAD')")
				.query(Long.class)
				.single() == 0);
	}

	private Candidate candidate(String phone) {
		return this.candidates.findByPhone(phone).orElseThrow();
	}

	private static int calls() {
		return anthropic.findAll(anyRequestedFor(anyUrl())).size();
	}

}
