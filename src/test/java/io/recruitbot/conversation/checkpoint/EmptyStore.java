package io.recruitbot.conversation.checkpoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.Checkpoint;

/** A checkpoint store that keeps no checkpoints, for tests about what lies around the store (health, erasure). */
abstract class EmptyStore implements CheckpointStore {

	@Override
	public Collection<Checkpoint> list(RunnableConfig config) {
		return List.of();
	}

	@Override
	public Optional<Checkpoint> get(RunnableConfig config) {
		return Optional.empty();
	}

	@Override
	public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) {
		return config;
	}

}
