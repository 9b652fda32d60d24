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

	/** The runs in progress, per thread. */
	private final Map<String, Run> running = new ConcurrentHashMap<>();

	/**
	 * A run's checkpoints, newest first, and the stored checkpoint it started from, read once: the engine and the
	 * graph both ask for it at the start of a run.
	 */
	private static final class Run {

		final Deque<Checkpoint> held = new ConcurrentLinkedDeque<>();

		volatile Optional<Checkpoint> stored;

	}

	public RunCheckpoints(BaseCheckpointSaver store) {
		this.store = store;
	}

	/**
	 * Runs one message on the thread of {@code config}, holding its checkpoints until it ends, and then writes the
	 * latest to the store, whether the run ended or failed. A thread runs one message at a time (the inbox sees to it).
	 */
	public <T> T run(RunnableConfig config, Supplier<T> run) {
		String thread = threadId(config);
		Run current = new Run();
		this.running.put(thread, current);
		T result;
		try {
			result = run.get();
		}
		catch (RuntimeException | Error failure) {
			try {
				keepLatest(config, thread, current);
			}
			catch (Exception storeFailure) {
				failure.addSuppressed(storeFailure);
			}
			throw failure;
		}
		try {
			keepLatest(config, thread, current);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The run's checkpoint could not be written", ex);
		}
		return result;
	}

	private void keepLatest(RunnableConfig config, String thread, Run run) throws Exception {
		this.running.remove(thread, run);
		Checkpoint latest = run.held.peekFirst();
		if (latest != null) {
			this.store.put(config, latest);
		}
	}

	@Override
	public Collection<Checkpoint> list(RunnableConfig config) {
		Run run = this.running.get(threadId(config));
		if (run == null || run.held.isEmpty()) {
			return this.store.list(config);
		}
		List<Checkpoint> all = new ArrayList<>(run.held);
		all.addAll(this.store.list(config));
		return all;
	}

	@Override
	public Optional<Checkpoint> get(RunnableConfig config) {
		Run run = this.running.get(threadId(config));
		if (run == null) {
			return this.store.get(config);
		}
		if (config.checkPointId().isPresent()) {
			String id = config.checkPointId().get();
			return run.held.stream()
				.filter((checkpoint) -> checkpoint.getId().equals(id))
				.findFirst()
				.or(() -> this.store.get(config));
		}
		if (!run.held.isEmpty()) {
			return Optional.of(run.held.peekFirst());
		}
		if (run.stored == null) {
			run.stored = this.store.get(config);
		}
		return run.stored;
	}

	/** Inside a run the checkpoint is held; outside one it goes to the store, as without this class. */
	@Override
	public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) throws Exception {
		Run run = this.running.get(threadId(config));
		if (run == null) {
			return this.store.put(config, checkpoint);
		}
		run.held.addFirst(checkpoint);
		return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
	}

	@Override
	public Tag release(RunnableConfig config) throws Exception {
		this.running.remove(threadId(config));
		return this.store.release(config);
	}

}
