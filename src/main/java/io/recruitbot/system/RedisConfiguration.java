package io.recruitbot.system;

import java.time.Duration;

import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis, only when {@code REDIS_URL} is set. Commands time out quickly so a hanging Redis degrades a request instead
 * of stalling it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${recruitbot.redis.url:}' != ''")
class RedisConfiguration {

	/** Reconnects every second: Lettuce's default backs off to 30 s, keeping readiness down long after Redis is back. */
	@Bean(destroyMethod = "shutdown")
	ClientResources redisClientResources() {
		return DefaultClientResources.builder().reconnectDelay(Delay.constant(Duration.ofSeconds(1))).build();
	}

	@Bean
	LettuceConnectionFactory redisConnectionFactory(RedisSettings settings, ClientResources resources) {
		RedisURI uri = RedisURI.create(settings.url());
		RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
		server.setDatabase(uri.getDatabase());
		if (uri.getUsername() != null) {
			server.setUsername(uri.getUsername());
		}
		if (uri.getPassword() != null) {
			server.setPassword(uri.getPassword());
		}
		LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
			.clientResources(resources)
			.commandTimeout(Duration.ofSeconds(2));
		if (uri.isSsl()) {
			client.useSsl();
		}
		return new LettuceConnectionFactory(server, client.build());
	}

	@Bean
	StringRedisTemplate stringRedisTemplate(LettuceConnectionFactory connectionFactory) {
		return new StringRedisTemplate(connectionFactory);
	}

}
