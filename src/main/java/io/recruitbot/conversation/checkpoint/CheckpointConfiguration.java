package io.recruitbot.conversation.checkpoint;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly one checkpoint store: Redis when {@code REDIS_URL} is set (the same setting as the Redis connection
 * itself), else the SQL database. The choice is made when the store is created, not by which beans exist, since the
 * production image starts from bean definitions prepared at build time (see {@code system.RedisConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class CheckpointConfiguration {

	@Bean
	CheckpointStore checkpointStore(ObjectProvider<StringRedisTemplate> redis, DataSource dataSource, JsonMapper json,
			Clock clock, CheckpointSettings settings) {
		StringRedisTemplate template = redis.getIfAvailable();
		CheckpointJson format = new CheckpointJson(json);
		return (template != null) ? new RedisCheckpointSaver(template, format, settings)
				: new JdbcCheckpointSaver(dataSource, format, clock, settings);
	}

	@Bean
	IdleConversationCleanup idleConversationCleanup(CheckpointStore checkpoints) {
		return new IdleConversationCleanup(checkpoints);
	}

}
