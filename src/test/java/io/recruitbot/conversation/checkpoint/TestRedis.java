package io.recruitbot.conversation.checkpoint;

import io.lettuce.core.RedisURI;
import io.recruitbot.system.TestDatabases;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** A connection to this machine's Redis, on the database index of {@code TEST_REDIS_URL}. */
final class TestRedis {

	private TestRedis() {
	}

	static LettuceConnectionFactory connect() {
		RedisURI uri = RedisURI.create(TestDatabases.REDIS_URL);
		RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
		server.setDatabase(uri.getDatabase());
		LettuceConnectionFactory factory = new LettuceConnectionFactory(server);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}
