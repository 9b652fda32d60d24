package io.recruitbot.conversation.checkpoint;

import java.util.Map;

import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.Checkpoint;
import org.bsc.langgraph4j.checkpoint.MemorySaver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RunCheckpointsTests {

	private final MemorySaver store = new MemorySaver();

	private final RunCheckpoints checkpoints = new RunCheckpoints(this.store);

	private final RunnableConfig thread = RunnableConfig.builder().threadId("candidate-1").build();

	@Test
	void aRunWritesOnlyItsLastCheckpointAndReadsItsOwnWhileItRuns() throws Exception {
		String seen = this.checkpoints.run(this.thread, () -> {
			put("router", "extraction");
			put("extraction", "reply");
			return this.checkpoints.get(this.thread).orElseThrow().getNodeId();
		});

		assertThat(seen).as("the run reads the checkpoint it holds").isEqualTo("extraction");
		assertThat(this.store.list(this.thread)).singleElement()
			.satisfies((kept) -> assertThat(kept.getNodeId()).isEqualTo("extraction"));
	}

	@Test
	void aRunThatFailsLeavesItsLatestCheckpointSoTheMessageResumesWhereItFailed() {
		assertThatIllegalStateException().isThrownBy(() -> this.checkpoints.run(this.thread, () -> {
			put("router", "extraction");
			throw new IllegalStateException("the database went away in extraction");
		}));

		assertThat(this.store.get(this.thread)).hasValueSatisfying(
				(kept) -> assertThat(kept.getNextNodeId()).isEqualTo("extraction"));
	}

	@Test
	void outsideARunACheckpointGoesStraightToTheStore() throws Exception {
		this.checkpoints.put(this.thread, checkpoint("router", "extraction"));

		assertThat(this.store.list(this.thread)).hasSize(1);
		assertThat(this.checkpoints.list(this.thread)).hasSize(1);
	}

	@Test
	void theHistoryListsTheRunsCheckpointsBeforeTheStoredOnes() throws Exception {
		this.checkpoints.put(this.thread, checkpoint("reply", "__END__"));

		int listed = this.checkpoints.run(this.thread, () -> {
			put("router", "extraction");
			assertThat(this.checkpoints.list(this.thread)).extracting(Checkpoint::getNodeId)
				.containsExactly("router", "reply");
			return this.checkpoints.list(this.thread).size();
		});

		assertThat(listed).isEqualTo(2);
		assertThat(this.store.list(this.thread)).extracting(Checkpoint::getNodeId).containsExactly("router", "reply");
	}

	private void put(String node, String next) {
		try {
			this.checkpoints.put(this.thread, checkpoint(node, next));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Checkpoint checkpoint(String node, String next) {
		return Checkpoint.builder().nodeId(node).nextNodeId(next).state(Map.of("node", node)).build();
	}

}
