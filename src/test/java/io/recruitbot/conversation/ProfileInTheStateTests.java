package io.recruitbot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.recruitbot.conversation.understanding.ProfileFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow state keeps the candidate's answers as one {@link io.recruitbot.candidate.CandidateProfile}; a
 * checkpoint written when the state kept them as a map (with the consent time and matches inside) still loads.
 */
class ProfileInTheStateTests {

	@Test
	void aProfileStoredAsAMapBeforeLoadsWithItsConsentAndAnswers() {
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("name", "Jan de Vries");
		stored.put("hoursPerWeek", 32L);
		stored.put("yearsExperience", 4);
		stored.put("consentAt", "2026-11-28T09:00:00Z");
		stored.put("matchedVacancyIds", List.of("warehouse-rotterdam"));
		ScreeningState state = new ScreeningState(Map.of(ScreeningState.PROFILE, stored));

		assertThat(state.answers().name()).isEqualTo("Jan de Vries");
		assertThat(state.answers().hoursPerWeek()).isEqualTo(32);
		assertThat(state.answers().yearsExperience()).isEqualTo(4.0);
		assertThat(state.hasConsent()).isTrue();
		assertThat(state.consentAt()).contains("2026-11-28T09:00:00Z");
		assertThat(state.profile()).containsOnlyKeys("name", "yearsExperience", "hoursPerWeek");
	}

	@Test
	void whatAMessageToldJoinsTheProfileAndACorrectionReplacesTheOldValue() {
		ScreeningState state = new ScreeningState(Map.of(ScreeningState.PROFILE,
				io.recruitbot.candidate.CandidateProfile.of(Map.of("city", "Utrecht", "name", "Jan"))));
		Map<String, Object> facts = CandidateProfile.facts(new ProfileFacts(true, null, null, "Breda", null, null, null,
				40, null, null, List.of(), " "));

		io.recruitbot.candidate.CandidateProfile merged = CandidateProfile.merge(state.profile(), facts);

		assertThat(facts).containsOnlyKeys("consent", "city", "hoursPerWeek");
		assertThat(merged.values()).containsExactly(Map.entry("name", "Jan"), Map.entry("city", "Breda"),
				Map.entry("hoursPerWeek", 40));
	}

}
