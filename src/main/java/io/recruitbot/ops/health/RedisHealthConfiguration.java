package io.recruitbot.ops.health;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The component {@code redis}: declared always, {@code null} without {@code REDIS_URL} (as the connection factory,
 * see {@code system.RedisConfiguration}), so that Actuator's registry then has no such component and it shows as not
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class RedisHealthConfiguration {

	@Bean
	@Nullable HealthIndicator redis(ObjectProvider<LettuceConnectionFactory> connectionFactory) {
		LettuceConnectionFactory redis = connectionFactory.getIfAvailable();
		return (redis != null) ? new RedisHealthIndicator(redis) : null;
	}

}
