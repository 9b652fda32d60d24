package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis checkpoint store on the real Redis ({@code TEST_REDIS_URL}), plus its expiry of idle conversations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisCheckpointSaverIntegrationTests extends CheckpointSaverContract {

	private LettuceConnectionFactory connection;

	private StringRedisTemplate redis;

	@BeforeAll
	void connect() {
		this.connection = TestRedis.connect();
		this.redis = new StringRedisTemplate(this.connection);
	}

	@AfterAll
	void disconnect() {
		this.connection.destroy();
	}

	@Override
	RedisCheckpointSaver newStore(CheckpointSettings settings) {
		return new RedisCheckpointSaver(this.redis, new CheckpointJson(JsonMapper.builder().build()), settings);
	}

	@Test
	void aConversationExpiresAfterTheRetentionOfSilence() throws Exception {
		putSteps(newStore(new CheckpointSettings(20, 30)), this.thread, 1);

		assertThat(secondsToLive()).isBetween(Duration.ofDays(30).toSeconds() - 60, Duration.ofDays(30).toSeconds());
	}

	@Test
	void everyWriteRenewsTheConversationsTimeToLive() throws Exception {
		CheckpointStore checkpoints = newStore(new CheckpointSettings(20, 30));
		putSteps(checkpoints, this.thread, 1);
		this.redis.expire(RedisCheckpointSaver.key(this.thread), Duration.ofMinutes(5));

		putSteps(checkpoints, this.thread, 1);

		assertThat(secondsToLive()).isGreaterThan(Duration.ofDays(29).toSeconds());
	}

	@Test
	void aThreadIsOneKeyUnderTheCheckpointPrefix() throws Exception {
		putSteps(this.store, this.thread, 2);

		assertThat(this.redis.hasKey("recruitbot:checkpoints:" + this.thread)).isTrue();
		this.store.deleteThread(this.thread);
		assertThat(this.redis.hasKey("recruitbot:checkpoints:" + this.thread)).isFalse();
	}

	private long secondsToLive() {
		return this.redis.getExpire(RedisCheckpointSaver.key(this.thread), TimeUnit.SECONDS);
	}

}
