package io.recruitbot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.recruitbot.conversation.understanding.Corrections;
import io.recruitbot.conversation.understanding.ScreeningField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which facts of a message may change the profile: new ones, answers to the open question, clear corrections. */
class CandidateProfileTests {

	private static final Map<String, Object> KNOWN = Map.of("name", "Anna de Vries", "city", "Tilburg", "desiredRole",
			"forklift driver");

	@Test
	void factAboutAKnownFieldThatWasNotAskedIsLeftAlone() {
		Map<String, Object> facts = facts("desiredRole", "recruiter");

		assertThat(CandidateProfile.accepted(KNOWN, facts, null, false)).isEmpty();
		assertThat(CandidateProfile.accepted(KNOWN, facts, ScreeningField.HOURS_PER_WEEK, false)).isEmpty();
	}

	@Test
	void answerToTheOpenQuestionReplacesTheKnownValue() {
		assertThat(CandidateProfile.accepted(KNOWN, facts("city", "Breda"), ScreeningField.CITY, false))
			.containsExactly(Map.entry("city", "Breda"));
	}

	@Test
	void clearCorrectionReplacesTheKnownValue() {
		assertThat(CandidateProfile.accepted(KNOWN, facts("city", "Breda"), null, true))
			.containsExactly(Map.entry("city", "Breda"));
	}

	@Test
	void factsAboutUnknownFieldsAreTakenWhereverTheyAreSaidWhileKnownOnesAreKept() {
		Map<String, Object> facts = facts("city", "Breda");
		facts.put("hoursPerWeek", 32);
		facts.put("consent", true);

		assertThat(CandidateProfile.accepted(KNOWN, facts, null, false)).containsOnlyKeys("hoursPerWeek", "consent");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Actually I live in Breda", "sorry, I meant Breda", "I moved to Breda last month",
			"I now live in Breda", "my email changed: anna@example.net", "eigenlijk woon ik in Breda",
			"Ik ben inmiddels verhuisd naar Breda", "Ich wohne jetzt in Köln", "Korrektur: Köln, nicht Bonn" })
	void theseAreCorrections(String text) {
		assertThat(Corrections.isCorrection(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I am qualified, the recruiter said so", "Thanks, when will I hear from you?",
			"Is the forklift job in Tilburg still open?", "Ik woon in Breda", "Wie viel verdient man?", "ok" })
	void theseAreNoCorrections(String text) {
		assertThat(Corrections.isCorrection(text)).isFalse();
	}

	private static Map<String, Object> facts(String field, Object value) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put(field, value);
		return facts;
	}

}
