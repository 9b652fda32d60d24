package io.recruitbot.conversation.checkpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import io.recruitbot.candidate.CandidateProfile;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What every checkpoint store must do, whatever keeps the data: LangGraph4j's saver contract (put, latest, history
 * newest first, by id, replace, release) plus what screening needs (isolation between candidates, bounded history,
 * JSON state that survives a restart). Each store runs these against its real storage.
 */
abstract class CheckpointSaverContract {

	/** A new store object on the same storage as every other one this test creates. */
	abstract CheckpointStore newStore(CheckpointSettings settings);

	CheckpointStore store;

	String thread;

	@BeforeEach
	void openStore() {
		this.store = newStore(CheckpointSettings.defaults());
		this.thread = UUID.randomUUID().toString();
	}

	@Test
	void aSavedCheckpointIsTheLatestOfItsThread() throws Exception {
		Checkpoint saved = checkpoint("router", "extraction", Map.of("text", "Hi, I want to apply"));

		this.store.put(config(this.thread), saved);

		Checkpoint latest = this.store.get(config(this.thread)).orElseThrow();
		assertThat(latest.getId()).isEqualTo(saved.getId());
		assertThat(latest.getNodeId()).isEqualTo("router");
		assertThat(latest.getNextNodeId()).isEqualTo("extraction");
		assertThat(latest.getState()).containsEntry("text", "Hi, I want to apply");
	}

	@Test
	void puttingACheckpointAnswersAConfigPointingAtIt() throws Exception {
		Checkpoint saved = checkpoint("router", "extraction", Map.of());

		RunnableConfig next = this.store.put(config(this.thread), saved);

		assertThat(next.checkPointId()).contains(saved.getId());
		assertThat(next.threadId()).contains(this.thread);
	}

	@Test
	void aThreadWithoutCheckpointsHasNoLatestAndNoHistory() {
		assertThat(this.store.get(config(this.thread))).isEmpty();
		assertThat(this.store.list(config(this.thread))).isEmpty();
	}

	@Test
	void historyListsTheNewestCheckpointFirst() throws Exception {
		List<String> ids = putSteps(this.store, this.thread, 3);

		assertThat(idsOf(this.store.list(config(this.thread)))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
	}

	@Test
	void anEarlierCheckpointIsFoundByItsId() throws Exception {
		List<String> ids = putSteps(this.store, this.thread, 3);

		Checkpoint found = this.store.get(config(this.thread).withCheckPointId(ids.get(1))).orElseThrow();

		assertThat(found.getId()).isEqualTo(ids.get(1));
		assertThat(found.getState()).containsEntry("step", 1);
	}

	@Test
	void anUnknownCheckpointIdFindsNothing() throws Exception {
		putSteps(this.store, this.thread, 1);

		assertThat(this.store.get(config(this.thread).withCheckPointId("no-such-checkpoint"))).isEmpty();
	}

	@Test
	void puttingWithACheckpointIdReplacesThatCheckpointInPlace() throws Exception {
		List<String> ids = putSteps(this.store, this.thread, 2);
		Checkpoint corrected = checkpoint("extraction", "conversation", Map.of("step", 99));

		RunnableConfig answer = this.store.put(config(this.thread).withCheckPointId(ids.get(0)), corrected);

		assertThat(answer.checkPointId()).contains(ids.get(0));
		assertThat(idsOf(this.store.list(config(this.thread)))).containsExactly(ids.get(1), corrected.getId());
		assertThat(this.store.get(config(this.thread).withCheckPointId(corrected.getId())).orElseThrow().getState())
			.containsEntry("step", 99);
	}

	@Test
	void replacingAnUnknownCheckpointFails() {
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> this.store
			.put(config(this.thread).withCheckPointId("no-such-checkpoint"), checkpoint("a", "b", Map.of())));
	}

	@Test
	void releasingAThreadHandsBackItsCheckpointsAndForgetsThem() throws Exception {
		List<String> ids = putSteps(this.store, this.thread, 2);

		var tag = this.store.release(config(this.thread));

		assertThat(tag.threadId()).isEqualTo(this.thread);
		assertThat(idsOf(tag.checkpoints())).containsExactly(ids.get(1), ids.get(0));
		assertThat(this.store.list(config(this.thread))).isEmpty();
	}

	@Test
	void deletingAThreadForgetsTheConversation() throws Exception {
		putSteps(this.store, this.thread, 2);

		this.store.deleteThread(this.thread);

		assertThat(this.store.get(config(this.thread))).isEmpty();
		assertThat(this.store.list(config(this.thread))).isEmpty();
	}

	@Test
	void threadsDoNotSeeOrDeleteEachOthersCheckpoints() throws Exception {
		String other = UUID.randomUUID().toString();
		List<String> mine = putSteps(this.store, this.thread, 2);
		List<String> theirs = putSteps(this.store, other, 1);

		assertThat(idsOf(this.store.list(config(this.thread)))).containsExactlyInAnyOrderElementsOf(mine);
		this.store.deleteThread(this.thread);
		assertThat(idsOf(this.store.list(config(other)))).containsExactlyElementsOf(theirs);
	}

	@Test
	void checkpointsSurviveANewStoreOnTheSameStorage() throws Exception {
		List<String> ids = putSteps(this.store, this.thread, 2);

		CheckpointStore afterRestart = newStore(CheckpointSettings.defaults());

		Checkpoint latest = afterRestart.get(config(this.thread)).orElseThrow();
		assertThat(latest.getId()).isEqualTo(ids.get(1));
		assertThat(latest.getState()).containsEntry("step", 1);
		assertThat(idsOf(afterRestart.list(config(this.thread)))).containsExactly(ids.get(1), ids.get(0));
	}

	@Test
	void historyKeepsOnlyTheNewestCheckpointsOfAThread() throws Exception {
		CheckpointStore shortMemory = newStore(new CheckpointSettings(3, 180));

		List<String> ids = putSteps(shortMemory, this.thread, 5);

		assertThat(idsOf(shortMemory.list(config(this.thread)))).containsExactly(ids.get(4), ids.get(3), ids.get(2));
		assertThat(shortMemory.get(config(this.thread).withCheckPointId(ids.get(0)))).isEmpty();
	}

	@Test
	void stateComesBackAsJsonValuesWithNumbersAsNumbers() throws Exception {
		Map<String, Object> profile = new HashMap<>();
		profile.put("city", "Rotterdam");
		profile.put("yearsExperience", 2.5);
		profile.put("email", null);
		Map<String, Object> state = new HashMap<>();
		state.put("profile", profile);
		state.put("hoursPerWeek", 32);
		state.put("messageCount", 12_000_000_000L);
		state.put("consent", true);
		state.put("languages", List.of("Dutch", "English"));
		state.put("awaitingField", null);
		this.store.put(config(this.thread), checkpoint("extraction", "conversation", state));

		Map<String, Object> read = newStore(CheckpointSettings.defaults()).get(config(this.thread))
			.orElseThrow()
			.getState();

		assertThat(read).containsEntry("consent", true)
			.containsEntry("languages", List.of("Dutch", "English"))
			.containsEntry("awaitingField", null);
		assertThat(((Number) read.get("hoursPerWeek")).intValue()).isEqualTo(32);
		assertThat(((Number) read.get("messageCount")).longValue()).isEqualTo(12_000_000_000L);
		@SuppressWarnings("unchecked")
		Map<String, Object> readProfile = (Map<String, Object>) read.get("profile");
		assertThat(readProfile).containsEntry("city", "Rotterdam")
			.containsEntry("email", null)
			.containsEntry("yearsExperience", 2.5);
	}

	@Test
	void aProfileValueComesBackAsItsFieldsAndMakesTheSameProfile() throws Exception {
		CandidateProfile profile = new CandidateProfile("Jan de Vries", null, "Rotterdam", "warehouse", 2.5, null, 32,
				true, null, List.of("Dutch", "English"), null);
		this.store.put(config(this.thread), checkpoint("extraction", "conversation", Map.of("profile", profile)));

		Object read = newStore(CheckpointSettings.defaults()).get(config(this.thread)).orElseThrow().getState().get("profile");

		assertThat(read).isInstanceOf(Map.class);
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = (Map<String, Object>) read;
		assertThat(CandidateProfile.of(fields)).isEqualTo(profile);
	}

	@Test
	void stateThatIsNotJsonIsRefused() {
		Checkpoint withObject = checkpoint("router", "extraction", Map.of("since", java.time.Instant.EPOCH));

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.store.put(config(this.thread), withObject))
			.withMessageContaining("since");
		assertThat(this.store.list(config(this.thread))).isEmpty();
	}

	@Test
	void theStoreAnswersWhileItsStorageRuns() {
		assertThatNoException().isThrownBy(this.store::checkReachable);
	}

	static RunnableConfig config(String thread) {
		return RunnableConfig.builder().threadId(thread).build();
	}

	static Checkpoint checkpoint(String nodeId, String nextNodeId, Map<String, Object> state) {
		return Checkpoint.builder().nodeId(nodeId).nextNodeId(nextNodeId).state(state).build();
	}

	/** Puts {@code count} checkpoints (state {@code step} 0, 1, ...) and answers their ids, oldest first. */
	static List<String> putSteps(CheckpointStore store, String thread, int count) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int step = 0; step < count; step++) {
			Checkpoint checkpoint = checkpoint("node" + step, "node" + (step + 1), Map.of("step", step));
			store.put(config(thread), checkpoint);
			ids.add(checkpoint.getId());
		}
		return ids;
	}

	static List<String> idsOf(Collection<Checkpoint> checkpoints) {
		return checkpoints.stream().map(Checkpoint::getId).toList();
	}

}
