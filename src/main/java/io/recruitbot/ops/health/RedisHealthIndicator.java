package io.recruitbot.ops.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Redis answers PING. Exists only when {@code REDIS_URL} is set, like the connection factory it uses; without it the
 * component shows as not configured and does not count for readiness ({@link RedisHealthConfiguration}).
 */
class RedisHealthIndicator implements HealthIndicator {

	private final LettuceConnectionFactory connectionFactory;

	RedisHealthIndicator(LettuceConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
	}

	@Override
	public Health health() {
		try (RedisConnection connection = this.connectionFactory.getConnection()) {
			String pong = connection.ping();
			return "PONG".equalsIgnoreCase(pong) ? Health.up().withDetail("message", "answers PING").build()
					: Health.down().withDetail("message", "unexpected answer to PING").build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("message", "unreachable (" + ex.getClass().getSimpleName() + ")").build();
		}
	}

}
