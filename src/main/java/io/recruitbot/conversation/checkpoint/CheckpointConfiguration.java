package io.recruitbot.conversation.checkpoint;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly one checkpoint store: Redis when {@code REDIS_URL} is set (the same condition as the Redis connection
 * itself), else the SQL database with its idle-conversation cleanup.
 */
@Configuration(proxyBeanMethods = false)
class CheckpointConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${recruitbot.redis.url:}' != ''")
	static class InRedis {

		@Bean
		RedisCheckpointSaver redisCheckpointSaver(StringRedisTemplate redis, JsonMapper json,
				CheckpointSettings settings) {
			return new RedisCheckpointSaver(redis, new CheckpointJson(json), settings);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${recruitbot.redis.url:}' == ''")
	static class InDatabase {

		@Bean
		JdbcCheckpointSaver jdbcCheckpointSaver(DataSource dataSource, JsonMapper json, Clock clock,
				CheckpointSettings settings) {
			return new JdbcCheckpointSaver(dataSource, new CheckpointJson(json), clock, settings);
		}

		@Bean
		IdleConversationCleanup idleConversationCleanup(JdbcCheckpointSaver checkpoints) {
			return new IdleConversationCleanup(checkpoints);
		}

	}

}
