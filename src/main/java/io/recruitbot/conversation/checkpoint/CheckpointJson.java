package io.recruitbot.conversation.checkpoint;

import java.util.Map;

import org.bsc.langgraph4j.checkpoint.Checkpoint;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkpoints as JSON text, never Java serialisation: a stored conversation must stay readable after the code
 * changes. The workflow state may hold only JSON values ({@link JsonState}); anything else is refused on write rather
 * than silently coming back as a map. Numbers come back as {@code Integer}, {@code Long} or {@code Double}, whatever
 * they were written as, so readers take them as {@link Number}.
 */
final class CheckpointJson {

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	private final JsonMapper json;

	CheckpointJson(JsonMapper json) {
		this.json = json;
	}

	/** The whole checkpoint: id, node, next node and state. */
	String write(Checkpoint checkpoint) {
		JsonState.require(checkpoint.getState());
		return this.json.writeValueAsString(new StoredCheckpoint(checkpoint.getId(), checkpoint.getNodeId(),
				checkpoint.getNextNodeId(), checkpoint.getState()));
	}

	Checkpoint read(String text) {
		StoredCheckpoint stored = this.json.readValue(text, StoredCheckpoint.class);
		return checkpoint(stored.id(), stored.nodeId(), stored.nextNodeId(), stored.state());
	}

	/** Only the state, for stores that keep id and nodes in columns of their own. */
	String writeState(Map<String, Object> state) {
		JsonState.require(state);
		return this.json.writeValueAsString(state);
	}

	Map<String, Object> readState(String text) {
		return this.json.readValue(text, STATE);
	}

	static Checkpoint checkpoint(String id, String nodeId, String nextNodeId, Map<String, Object> state) {
		return Checkpoint.builder().id(id).nodeId(nodeId).nextNodeId(nextNodeId).state(state).build();
	}

	/** The stored form of a checkpoint; id first, so a stored checkpoint is recognisable at a glance. */
	record StoredCheckpoint(String id, String nodeId, String nextNodeId, Map<String, Object> state) {
	}

}
