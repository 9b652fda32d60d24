package io.recruitbot.conversation.checkpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

/**
 * A checkpoint store that keeps the checkpoints of a run in progress in memory and writes one, the run's last, to
 * the store it wraps when the run ends, instead of one after every node. Serialising the whole state for every node
 * and writing it was about half of the workflow's work per message.
 * <p>
 * What this changes: a run that fails (a node throws, the database or Redis is down) still leaves its latest
 * checkpoint behind, so the message is retried from the node that failed, as before. Only a crash of the service in
 * the middle of a run loses the run's own checkpoints: the message is then run again from the previous message's
 * checkpoint, which the nodes allow, since the one that writes ({@code reply}) does so once per message and the others
 * only read.
 */
public final class RunCheckpoints implements BaseCheckpointSaver {

	private final BaseCheckpointSaver store;

	/** The checkpoints of the runs in progress, per thread, newest first. */
	private final Map<String, Deque<Checkpoint>> running = new ConcurrentHashMap<>();

	public RunCheckpoints(BaseCheckpointSaver store) {
		this.store = store;
	}

	/**
	 * Runs one message on the thread of {@code config}, holding its checkpoints until it ends, and then writes the
	 * latest to the store, whether the run ended or failed. A thread runs one message at a time (the inbox sees to it).
	 */
	public <T> T run(RunnableConfig config, Supplier<T> run) {
		String thread = threadId(config);
		Deque<Checkpoint> held = new ConcurrentLinkedDeque<>();
		this.running.put(thread, held);
		T result;
		try {
			result = run.get();
		}
		catch (RuntimeException | Error failure) {
			try {
				keepLatest(config, thread, held);
			}
			catch (Exception storeFailure) {
				failure.addSuppressed(storeFailure);
			}
			throw failure;
		}
		try {
			keepLatest(config, thread, held);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The run's checkpoint could not be written", ex);
		}
		return result;
	}

	private void keepLatest(RunnableConfig config, String thread, Deque<Checkpoint> held) throws Exception {
		this.running.remove(thread, held);
		Checkpoint latest = held.peekFirst();
		if (latest != null) {
			this.store.put(config, latest);
		}
	}

	@Override
	public Collection<Checkpoint> list(RunnableConfig config) {
		Deque<Checkpoint> held = this.running.get(threadId(config));
		if (held == null || held.isEmpty()) {
			return this.store.list(config);
		}
		List<Checkpoint> all = new ArrayList<>(held);
		all.addAll(this.store.list(config));
		return all;
	}

	@Override
	public Optional<Checkpoint> get(RunnableConfig config) {
		Deque<Checkpoint> held = this.running.get(threadId(config));
		if (held == null || held.isEmpty()) {
			return this.store.get(config);
		}
		if (config.checkPointId().isEmpty()) {
			return Optional.of(held.peekFirst());
		}
		String id = config.checkPointId().get();
		return held.stream()
			.filter((checkpoint) -> checkpoint.getId().equals(id))
			.findFirst()
			.or(() -> this.store.get(config));
	}

	/** Inside a run the checkpoint is held; outside one it goes to the store, as without this class. */
	@Override
	public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) throws Exception {
		Deque<Checkpoint> held = this.running.get(threadId(config));
		if (held == null) {
			return this.store.put(config, checkpoint);
		}
		held.addFirst(checkpoint);
		return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
	}

	@Override
	public Tag release(RunnableConfig config) throws Exception {
		this.running.remove(threadId(config));
		return this.store.release(config);
	}

}
