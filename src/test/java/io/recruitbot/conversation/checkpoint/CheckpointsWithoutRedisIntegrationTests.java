package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.util.UUID;

import io.recruitbot.candidate.CandidateErased;
import io.recruitbot.candidate.ErasureReason;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static io.recruitbot.conversation.checkpoint.CheckpointSaverContract.config;
import static io.recruitbot.conversation.checkpoint.CheckpointSaverContract.putSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Without {@code REDIS_URL} the workflow's checkpoints live in the SQL database. */
@SpringBootTest
class CheckpointsWithoutRedisIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	BaseCheckpointSaver saver;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theDatabaseIsTheOnlyCheckpointStore() {
		assertThat(this.context.getBeansOfType(BaseCheckpointSaver.class)).hasSize(1);
		assertThat(this.saver).isInstanceOf(JdbcCheckpointSaver.class);
		assertThat(this.context.getBeansOfType(IdleConversationCleanup.class)).hasSize(1);
	}

	@Test
	void erasingACandidateDeletesTheirConversationState() throws Exception {
		UUID candidate = UUID.randomUUID();
		String thread = CandidateThreads.threadIdOf(candidate);
		String someoneElse = UUID.randomUUID().toString();
		putSteps((CheckpointStore) this.saver, thread, 2);
		putSteps((CheckpointStore) this.saver, someoneElse, 1);

		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new CandidateErased(candidate, "31612345678", ErasureReason.CANDIDATE_REQUEST)));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.saver.list(config(thread)).isEmpty());
		assertThat(this.saver.list(config(someoneElse))).hasSize(1);
	}

	@Test
	void healthNamesTheDatabaseStoreAsUp() {
		var health = this.context.getBean("checkpointer", HealthIndicator.class).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("store", "jdbc").containsEntry("historySize", 20)
			.containsEntry("retentionDays", 180);
	}

}
