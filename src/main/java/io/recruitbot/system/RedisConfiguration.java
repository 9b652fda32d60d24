package io.recruitbot.system;

import java.time.Duration;

import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis, only when {@code REDIS_URL} is set. Commands time out quickly so a hanging Redis degrades a request instead
 * of stalling it.
 * <p>
 * The beans are always declared and are {@code null} without {@code REDIS_URL} (users take them through an
 * {@link ObjectProvider}): which beans exist must not depend on the environment, since the production image starts
 * from bean definitions prepared at build time (Spring AOT, see docs/image.md).
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	/** Reconnects every second: Lettuce's default backs off to 30 s, keeping readiness down long after Redis is back. */
	@Bean(destroyMethod = "shutdown")
	@Nullable ClientResources redisClientResources(RedisSettings settings) {
		if (!settings.configured()) {
			return null;
		}
		return DefaultClientResources.builder().reconnectDelay(Delay.constant(Duration.ofSeconds(1))).build();
	}

	@Bean
	@Nullable LettuceConnectionFactory redisConnectionFactory(RedisSettings settings,
			ObjectProvider<ClientResources> resources) {
		if (!settings.configured()) {
			return null;
		}
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
			.clientResources(resources.getObject())
			.commandTimeout(Duration.ofSeconds(2));
		if (uri.isSsl()) {
			client.useSsl();
		}
		return new LettuceConnectionFactory(server, client.build());
	}

	@Bean
	@Nullable StringRedisTemplate stringRedisTemplate(ObjectProvider<LettuceConnectionFactory> connectionFactory) {
		LettuceConnectionFactory redis = connectionFactory.getIfAvailable();
		return (redis != null) ? new StringRedisTemplate(redis) : null;
	}

}
