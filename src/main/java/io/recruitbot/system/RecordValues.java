package io.recruitbot.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's values by component name, for value types that other forms (state maps, columns, CRM attributes) follow
 * field by field without listing the fields.
 */
public final class RecordValues {

	private RecordValues() {
	}

	/** The known values, in component order: null, blank text and empty lists are unknown; lists are copied. */
	public static Map<String, Object> known(Record record) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			Object value = read(record, component);
			boolean unknown = value == null || (value instanceof List<?> list && list.isEmpty())
					|| (value instanceof String text && text.isBlank());
			if (!unknown) {
				values.put(component.getName(), (value instanceof List<?> list) ? new ArrayList<>(list) : value);
			}
		}
		return values;
	}

	public static Object read(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException(record.getClass().getSimpleName() + " needs public accessors", ex);
		}
	}

}
