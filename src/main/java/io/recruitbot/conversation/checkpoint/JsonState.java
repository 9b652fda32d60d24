package io.recruitbot.conversation.checkpoint;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.recruitbot.system.RecordValues;

/**
 * The one rule for what the workflow state may hold: JSON values (strings, numbers, booleans, lists, maps with string
 * keys, null) and records made of them (kept as they are: records are immutable), so that every checkpoint store can
 * keep it and read it back after the code changes. A record comes back from a store as a map. Anything else is
 * refused, naming the state key that holds it.
 */
public final class JsonState {

	private JsonState() {
	}

	/** A deep copy: maps and lists copied, strings, numbers, booleans and records shared. */
	public static Map<String, Object> copyOf(Map<String, ?> state) {
		Map<String, Object> copy = new LinkedHashMap<>(state.size() * 2);
		state.forEach((key, value) -> copy.put(key, walk(key, value, true)));
		return copy;
	}

	/** Checks the rule without copying. */
	static void require(Map<String, ?> state) {
		state.forEach((key, value) -> walk(key, value, false));
	}

	/** The value checked, and copied where {@code copy} asks for it; {@code key} is the state key it stands under. */
	private static Object walk(String key, Object value, boolean copy) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Map<?, ?> entries) {
			Map<String, Object> copied = copy ? new LinkedHashMap<>(entries.size() * 2) : null;
			entries.forEach((name, item) -> {
				if (!(name instanceof String text)) {
					throw refused(key, name);
				}
				Object checked = walk(key, item, copy);
				if (copy) {
					copied.put(text, checked);
				}
			});
			return copy ? copied : value;
		}
		if (value instanceof Record record) {
			// a value type of the state (the candidate's profile): immutable, written as a JSON object, read back as a
			// map, which the state's accessor turns into the record again
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				walk(key, RecordValues.read(record, component), false);
			}
			return record;
		}
		if (value instanceof Collection<?> items) {
			List<Object> copied = copy ? new ArrayList<>(items.size()) : null;
			for (Object item : items) {
				Object checked = walk(key, item, copy);
				if (copy) {
					copied.add(checked);
				}
			}
			return copy ? copied : value;
		}
		throw refused(key, value);
	}

	private static IllegalArgumentException refused(String key, Object value) {
		return new IllegalArgumentException("Workflow state '" + key + "' holds a " + value.getClass().getName()
				+ "; checkpoints keep only strings, numbers, booleans, lists, maps with string keys and null");
	}

}
