package io.recruitbot.conversation;

import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bsc.langgraph4j.serializer.StateSerializer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How LangGraph4j copies the workflow state, which it does after every step: a deep copy of the JSON values the state
 * holds (maps and lists copied, strings, numbers and booleans shared), never Java serialisation. LangGraph4j's
 * default copies through object streams, which took a third of the processor time of a message. Its byte form, which
 * the graph itself does not use, is the state's JSON.
 */
final class ScreeningStateSerializer extends StateSerializer<ScreeningState> {

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	private final JsonMapper json;

	ScreeningStateSerializer(JsonMapper json) {
		super(ScreeningState::new);
		this.json = json;
	}

	@Override
	public ScreeningState cloneObject(ScreeningState state) {
		return new ScreeningState(copyOf(state.data()));
	}

	@Override
	public void writeData(Map<String, Object> data, ObjectOutput out) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(data);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	@Override
	public Map<String, Object> readData(ObjectInput in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return this.json.readValue(bytes, STATE);
	}

	private static Map<String, Object> copyOf(Map<?, ?> entries) {
		Map<String, Object> copy = new LinkedHashMap<>(entries.size() * 2);
		entries.forEach((key, value) -> {
			if (!(key instanceof String name)) {
				throw new IllegalArgumentException("Workflow state keys are strings, not " + key.getClass().getName());
			}
			copy.put(name, copyOfValue(value));
		});
		return copy;
	}

	private static Object copyOfValue(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Map<?, ?> entries) {
			return copyOf(entries);
		}
		if (value instanceof Collection<?> items) {
			List<Object> copy = new ArrayList<>(items.size());
			items.forEach((item) -> copy.add(copyOfValue(item)));
			return copy;
		}
		throw new IllegalArgumentException("Workflow state holds a " + value.getClass().getName()
				+ "; it may hold only strings, numbers, booleans, lists, maps and null");
	}

}
