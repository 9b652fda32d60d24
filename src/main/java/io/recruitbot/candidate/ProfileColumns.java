package io.recruitbot.candidate;

import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link CandidateProfile} in the {@code candidate} table: one column per field, named as the field in snake case
 * ({@code desiredRole} is {@code desired_role}); lists as comma-separated text. Derived from the record, so a new
 * field needs its column (a migration) and nothing here.
 */
final class ProfileColumns {

	private ProfileColumns() {
	}

	/** {@code name = coalesce(:name, name), ...}: what the bot learnt replaces what was known; unknown keeps it. */
	static final String KEEPING_KNOWN = Arrays.stream(CandidateProfile.FIELDS)
		.map((field) -> column(field) + " = coalesce(:" + field.getName() + ", " + column(field) + ")")
		.collect(Collectors.joining(", "));

	static String column(RecordComponent field) {
		return CandidateProfile.snakeCase(field.getName());
	}

	static Map<String, Object> parameters(CandidateProfile profile) {
		Map<String, Object> values = new HashMap<>();
		Map<String, Object> known = profile.values();
		for (RecordComponent field : CandidateProfile.FIELDS) {
			Object value = known.get(field.getName());
			values.put(field.getName(), (value instanceof List<?> list) ? join(list) : value);
		}
		return values;
	}

	static CandidateProfile read(ResultSet row) throws SQLException {
		Map<String, Object> values = new HashMap<>();
		for (RecordComponent field : CandidateProfile.FIELDS) {
			Object value = (field.getType() == List.class) ? split(row.getString(column(field)))
					: row.getObject(column(field), field.getType());
			values.put(field.getName(), value);
		}
		return CandidateProfile.of(values);
	}

	static String join(List<?> values) {
		return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(","));
	}

}
