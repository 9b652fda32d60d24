package io.recruitbot.conversation.checkpoint;

import java.util.Collection;

import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

/**
 * Where the screening workflow's checkpoints are kept: the SQL database, or Redis when {@code REDIS_URL} is set.
 * Besides LangGraph4j's saver contract it can forget a whole conversation (erasure) and say whether it is reachable
 * (health).
 */
interface CheckpointStore extends BaseCheckpointSaver {

	/** {@code jdbc} or {@code redis}, for health and logs. */
	String kind();

	/** Deletes every checkpoint of the thread; nothing happens when there are none. */
	void deleteThread(String threadId);

	/**
	 * Deletes the checkpoints of conversations idle longer than the retention; returns how many went. Redis expires
	 * them by itself, so it has nothing to do here.
	 */
	default int deleteIdleConversations() {
		return 0;
	}

	/** Throws when the storage does not answer. */
	void checkReachable();

	/** Releasing a thread deletes it; what it held is handed back, as LangGraph4j's own savers do. */
	@Override
	default Tag release(RunnableConfig config) {
		Collection<Checkpoint> released = list(config);
		deleteThread(threadId(config));
		return new Tag(threadId(config), released);
	}

}
