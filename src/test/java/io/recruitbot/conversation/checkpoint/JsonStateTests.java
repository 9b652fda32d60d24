package io.recruitbot.conversation.checkpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonStateTests {

	@Test
	void aCopyHoldsTheSameValuesAndSharesNoMapOrList() {
		Map<String, Object> profile = new LinkedHashMap<>(Map.of("city", "Venlo"));
		List<Object> replies = new ArrayList<>(List.of(Map.of("text", "Hi Piotr")));
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("profile", profile);
		state.put("replies", replies);
		state.put("turns", 3);
		state.put("intent", null);

		Map<String, Object> copy = JsonState.copyOf(state);
		profile.put("city", "Tilburg");
		replies.clear();

		assertThat(copy).containsEntry("profile", Map.of("city", "Venlo"))
			.containsEntry("replies", List.of(Map.of("text", "Hi Piotr")))
			.containsEntry("turns", 3)
			.containsEntry("intent", null);
	}

	@Test
	void aValueThatIsNotJsonIsRefusedNamingItsKeyWhetherCopiedOrChecked() {
		Map<String, Object> state = Map.of("facts", Map.of("since", List.of(Instant.EPOCH)));

		assertThatIllegalArgumentException().isThrownBy(() -> JsonState.copyOf(state))
			.withMessageContaining("'facts'")
			.withMessageContaining("java.time.Instant");
		assertThatIllegalArgumentException().isThrownBy(() -> JsonState.require(state))
			.withMessageContaining("'facts'");
	}

}
