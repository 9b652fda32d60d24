package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.util.UUID;

import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.ErasureReason;
import io.recruitbot.system.TestDatabases;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static io.recruitbot.conversation.checkpoint.CheckpointSaverContract.putSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With {@code REDIS_URL} set the workflow's checkpoints live in Redis, and only there. */
@SpringBootTest
class CheckpointsInRedisIntegrationTests {

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.redis.url", () -> TestDatabases.REDIS_URL);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	BaseCheckpointSaver saver;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void redisIsTheOnlyCheckpointStore() {
		assertThat(this.context.getBeansOfType(BaseCheckpointSaver.class)).hasSize(1);
		assertThat(this.saver).isInstanceOf(RedisCheckpointSaver.class);
		// Redis expires idle conversations itself: the SQL store's cleanup has nothing to delete here
		assertThat(((CheckpointStore) this.saver).deleteIdleConversations()).isZero();
	}

	@Test
	void erasingACandidateDeletesTheirRedisKey() throws Exception {
		UUID candidate = UUID.randomUUID();
		String key = RedisCheckpointSaver.key(CandidateThreads.threadIdOf(candidate));
		putSteps((CheckpointStore) this.saver, CandidateThreads.threadIdOf(candidate), 2);
		assertThat(this.redis.hasKey(key)).isTrue();

		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new CandidateErased(candidate, "31612345678", ErasureReason.CANDIDATE_REQUEST)));

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.redis.hasKey(key));
	}

	@Test
	void healthNamesTheRedisStoreAsUp() {
		var health = this.context.getBean("checkpointer", HealthIndicator.class).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("store", "redis");
	}

}
