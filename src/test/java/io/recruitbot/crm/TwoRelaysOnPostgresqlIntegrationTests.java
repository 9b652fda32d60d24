package io.recruitbot.crm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.recruitbot.system.SqlTimestamps;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Two application instances mirroring from one PostgreSQL database post every message exactly once. */
@SpringBootTest
class TwoRelaysOnPostgresqlIntegrationTests {

	static final WireMockServer chatwoot = new WireMockServer(options().dynamicPort());

	static final Pattern SOURCE_ID = Pattern.compile("\"source_id\":\"(recruitbot:[^\"]+)\"");

	@DynamicPropertySource
	static void postgresqlAndChatwoot(DynamicPropertyRegistry properties) {
		chatwoot.start();
		properties.add("recruitbot.database.url", () -> TestDatabases.POSTGRES_URL);
		properties.add("recruitbot.chatwoot.base-url", chatwoot::baseUrl);
		properties.add("recruitbot.chatwoot.api-token", () -> ChatwootStubs.TOKEN);
		properties.add("recruitbot.chatwoot.account-id", () -> "1");
		properties.add("recruitbot.chatwoot.inbox-id", () -> "1");
		properties.add("recruitbot.chatwoot.sync-interval", () -> "0s");
		properties.add("recruitbot.chatwoot.batch-size", () -> "3");
	}

	@AfterAll
	static void stop() {
		chatwoot.stop();
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	ChatwootSettings settings;

	@Autowired
	CrmRecords records;

	@Autowired
	CandidateMirror mirror;

	@Autowired
	ChatwootSyncMetrics metrics;

	@Autowired
	Clock clock;

	@Autowired
	ChatwootSetupCheck setup;

	@Autowired
	ChatwootErasures erasures;

	@Autowired
	FailedDeliveryNotes failedDeliveries;

	@Test
	void everyMessageIsPostedOnceThoughTwoRelaysRunAtOnce() throws Exception {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("delete from crm_candidate_sync").update();
		TestDatabases.truncateAll(this.dataSource);
		ChatwootStubs.emptyAccount(chatwoot);
		// slow enough that the two relays overlap
		chatwoot.stubFor(post(urlPathMatching(ChatwootStubs.ACCOUNT + "/conversations/\\d+/messages")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": {{randomInt lower=1000 upper=2000000000}} }")
			.withTransformers("response-template")
			.withFixedDelay(20)));
		int candidates = 6;
		int messagesEach = 3;
		for (int c = 0; c < candidates; c++) {
			UUID candidate = UUID.randomUUID();
			jdbc.sql("insert into candidate (id, phone, status, consent_at, created_at, updated_at) values (?, ?, 'NEW', ?, ?, ?)")
				.params(candidate, "3160000020" + c, SqlTimestamps.param(this.clock.instant()),
						SqlTimestamps.param(this.clock.instant()), SqlTimestamps.param(this.clock.instant()))
				.update();
			for (int m = 0; m < messagesEach; m++) {
				jdbc.sql("insert into message (id, candidate_id, direction, type, text, at) values (?, ?, 'inbound', 'text', ?, ?)")
					.params(UUID.randomUUID(), candidate, "message " + m,
							SqlTimestamps.param(this.clock.instant().plusMillis(m)))
					.update();
			}
		}
		List<MirrorRelay> instances = List.of(relay(), relay());

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> runs = new ArrayList<>();
			for (MirrorRelay instance : instances) {
				runs.add(() -> {
					int synced = 0;
					for (int pass = 0; pass < 6; pass++) {
						synced += instance.relayOnce();
					}
					return synced;
				});
			}
			int synced = 0;
			for (Future<Integer> run : threads.invokeAll(runs)) {
				synced += run.get();
			}
			assertThat(synced).isEqualTo(candidates);
		}
		finally {
			threads.shutdown();
		}

		List<String> posted = chatwoot.findAll(postRequestedFor(urlPathMatching(ChatwootStubs.ACCOUNT + "/conversations/\\d+/messages")))
			.stream()
			.map((request) -> sourceId(request.getBodyAsString()))
			.toList();
		assertThat(posted).hasSize(candidates * messagesEach);
		Set<String> distinct = posted.stream().collect(Collectors.toSet());
		assertThat(distinct).hasSize(candidates * messagesEach);
		assertThat(chatwoot.findAll(postRequestedFor(urlEqualTo(ChatwootStubs.ACCOUNT + "/conversations")))).hasSize(candidates);
		assertThat(this.records.oldestUnsyncedMessage()).isEmpty();
	}

	private MirrorRelay relay() {
		return new MirrorRelay(this.settings, this.records, this.mirror, this.metrics, this.setup, this.erasures,
				this.failedDeliveries, this.clock);
	}

	private static String sourceId(String body) {
		Matcher matcher = SOURCE_ID.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

}
