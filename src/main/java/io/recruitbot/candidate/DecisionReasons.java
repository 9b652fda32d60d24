package io.recruitbot.candidate;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code decision_reasons} column: the reasons as a JSON array, one value replaced as a whole. */
final class DecisionReasons {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<DecisionReason>> LIST = new TypeReference<>() {
	};

	private DecisionReasons() {
	}

	static String write(List<DecisionReason> reasons) {
		return (reasons == null || reasons.isEmpty()) ? null : JSON.writeValueAsString(reasons);
	}

	static List<DecisionReason> read(String column) {
		return (column == null || column.isBlank()) ? List.of() : JSON.readValue(column, LIST);
	}

}
