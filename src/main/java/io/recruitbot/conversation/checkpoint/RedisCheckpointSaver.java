package io.recruitbot.conversation.checkpoint;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Checkpoints in Redis, the store used when {@code REDIS_URL} is set. A thread is one list of checkpoint JSON, newest
 * first, trimmed to {@code historySize}; every write renews the key's time to live, so a conversation disappears
 * after the retention of silence. Writes are Lua scripts, so adding, trimming and renewing happen as one step.
 */
final class RedisCheckpointSaver implements CheckpointStore {

	static final String KEY_PREFIX = "recruitbot:checkpoints:";

	private static final RedisScript<Long> ADD = RedisScript.of("""
			redis.call('LPUSH', KEYS[1], ARGV[1])
			redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
			redis.call('EXPIRE', KEYS[1], ARGV[3])
			return 1""", Long.class);

	private static final RedisScript<Long> REPLACE = RedisScript.of("""
			local stored = redis.call('LRANGE', KEYS[1], 0, -1)
			for index, checkpoint in ipairs(stored) do
			  if cjson.decode(checkpoint).id == ARGV[1] then
			    redis.call('LSET', KEYS[1], index - 1, ARGV[2])
			    redis.call('EXPIRE', KEYS[1], ARGV[3])
			    return 1
			  end
			end
			return 0""", Long.class);

	private final StringRedisTemplate redis;

	private final CheckpointJson json;

	private final CheckpointSettings settings;

	RedisCheckpointSaver(StringRedisTemplate redis, CheckpointJson json, CheckpointSettings settings) {
		this.redis = redis;
		this.json = json;
		this.settings = settings;
	}

	@Override
	public Collection<Checkpoint> list(RunnableConfig config) {
		List<String> stored = this.redis.opsForList().range(key(threadId(config)), 0, -1);
		return (stored != null) ? stored.stream().map(this.json::read).toList() : List.of();
	}

	@Override
	public Optional<Checkpoint> get(RunnableConfig config) {
		if (config.checkPointId().isPresent()) {
			String id = config.checkPointId().get();
			return list(config).stream().filter((checkpoint) -> checkpoint.getId().equals(id)).findFirst();
		}
		return Optional.ofNullable(this.redis.opsForList().index(key(threadId(config)), 0)).map(this.json::read);
	}

	/** With a checkpoint id in the config the checkpoint replaces that one (as LangGraph4j's savers do), else it is added. */
	@Override
	public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) {
		String key = key(threadId(config));
		String stored = this.json.write(checkpoint);
		String ttl = String.valueOf(this.settings.retention().toSeconds());
		if (config.checkPointId().isPresent()) {
			Long replaced = this.redis.execute(REPLACE, List.of(key), config.checkPointId().get(), stored, ttl);
			if (replaced == null || replaced == 0) {
				throw new NoSuchElementException("Checkpoint with id " + config.checkPointId().get() + " not found!");
			}
			return config;
		}
		this.redis.execute(ADD, List.of(key), stored, String.valueOf(this.settings.historySize()), ttl);
		return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
	}

	@Override
	public String kind() {
		return "redis";
	}

	@Override
	public void deleteThread(String threadId) {
		this.redis.delete(key(threadId));
	}

	@Override
	public void checkReachable() {
		this.redis.execute(RedisConnection::ping, true);
	}

	static String key(String threadId) {
		return KEY_PREFIX + threadId;
	}

}
