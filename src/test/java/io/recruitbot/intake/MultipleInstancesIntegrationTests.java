package io.recruitbot.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.RecruitbotApplication;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two service instances (two application contexts) draining one inbox on one PostgreSQL database. */
class MultipleInstancesIntegrationTests {

	/** Every message handled by either instance, in the order it was handled. */
	private static final List<Handling> HANDLED = new CopyOnWriteArrayList<>();

	private static final int PHONES = 20;

	private static final int MESSAGES_PER_PHONE = 10;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private HikariDataSource database;

	@BeforeEach
	void emptyTheSharedDatabase() {
		this.database = TestDatabases.POSTGRESQL.migrated();
		TestDatabases.truncateAll(this.database);
		HANDLED.clear();
	}

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		this.database.close();
	}

	private ConfigurableApplicationContext startInstance(String name) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(RecruitbotApplication.class,
				RecordingInstance.class)
			.web(WebApplicationType.NONE)
			.run("--recruitbot.database.url=" + TestDatabases.POSTGRES_URL, "--recruitbot.database.pool-size=8",
					"--recruitbot.inbox.poll-interval=200ms", "--test.instance=" + name);
		this.instances.add(context);
		return context;
	}

	@Test
	void twoInstancesProcessEveryMessageOnceAndEachConversationInOrder() throws Exception {
		claimedByACrashedInstance("wamid.CRASHED", "31600009999");
		WebhookIntake first = startInstance("first").getBean(WebhookIntake.class);
		WebhookIntake second = startInstance("second").getBean(WebhookIntake.class);

		ExecutorService senders = Executors.newFixedThreadPool(4);
		List<Future<?>> sent = new ArrayList<>();
		for (int p = 0; p < PHONES; p++) {
			String phone = "316000020" + String.format("%02d", p);
			sent.add(senders.submit(() -> {
				for (int m = 0; m < MESSAGES_PER_PHONE; m++) {
					// each conversation's messages arrive one after the other, alternately at either instance
					((m % 2 == 0) ? first : second).accept("meta", delivery(phone, m));
				}
			}));
		}
		for (Future<?> future : sent) {
			future.get();
		}
		senders.shutdown();

		int expected = PHONES * MESSAGES_PER_PHONE + 1;
		await().atMost(ofSeconds(60)).until(() -> HANDLED.size() >= expected);
		Thread.sleep(500);

		Map<String, Long> timesHandled = HANDLED.stream()
			.collect(Collectors.groupingBy((h) -> h.message().providerMessageId(), Collectors.counting()));
		assertThat(timesHandled).hasSize(expected).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
		Map<String, List<Instant>> byPhone = new ConcurrentHashMap<>();
		HANDLED.forEach((h) -> byPhone.computeIfAbsent(h.message().phone(), (k) -> new ArrayList<>())
			.add(h.message().sentAt()));
		byPhone.values().forEach((order) -> assertThat(order).isSorted());
		assertThat(HANDLED).extracting(Handling::instance).contains("first", "second");
		assertThat(JdbcClient.create(this.database)
			.sql("select count(*) from inbox_message where state = 'DONE'")
			.query(Long.class)
			.single()).isEqualTo(expected);
	}

	/** A message an instance claimed and then died with: its lease ran out a moment ago. */
	private void claimedByACrashedInstance(String id, String phone) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String payload = """
				{"providerMessageId":"%s","phone":"%s","profileName":null,"sentAt":"2026-11-28T06:00:00Z","type":"TEXT",\
				"text":"left behind","replyId":null,"media":null,"location":null}""".formatted(id, phone);
		JdbcClient.create(this.database).sql("""
				insert into inbox_message (provider, provider_message_id, phone, provider_timestamp, payload, state,
				  attempts, available_at, claimed_by, lease_until, in_flight_phone, message_type, received_at)
				values ('meta', ?, ?, ?, ?, 'PROCESSING', 1, ?, 'crashed-instance', ?, ?, 'TEXT', ?)""")
			.params(id, phone, now.minusMinutes(5), payload, now.minusMinutes(5), now.minusSeconds(1), phone,
					now.minusMinutes(5))
			.update();
	}

	private static WebhookDelivery delivery(String phone, int number) {
		InboundMessage message = new InboundMessage("wamid.MULTI-" + phone + "-" + number, phone, "Test",
				Instant.ofEpochSecond(1764316800L + number), InboundType.TEXT, "message " + number, null, null, null);
		return new WebhookDelivery(List.of(message), List.of(), List.of());
	}

	record Handling(String instance, InboundMessage message) {
	}

	/** Each instance's conversation engine: records what it handled, under the instance's name. */
	@Configuration(proxyBeanMethods = false)
	static class RecordingInstance {

		@Bean
		@Primary // wins over the screening workflow, which is deployed too
		ConversationEngine recordingEngine(@Value("${test.instance}") String instance) {
			return (message, candidate, claim) -> HANDLED.add(new Handling(instance, message));
		}

	}

}
