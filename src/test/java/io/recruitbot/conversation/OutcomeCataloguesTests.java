package io.recruitbot.conversation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import io.recruitbot.candidate.DecisionRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language says every outcome and every reason: the {@code outcome.*} and {@code reason.*} keys of each catalogue. */
class OutcomeCataloguesTests {

	@ParameterizedTest(name = "messages_{0}.properties")
	@ValueSource(strings = { "nl", "de", "pl" })
	void eachLanguageHasEveryOutcomeAndReasonTheEnglishCatalogueHas(String language) throws IOException {
		assertThat(outcomeKeys("messages_" + language + ".properties"))
			.containsExactlyInAnyOrderElementsOf(outcomeKeys("messages.properties"));
	}

	@ParameterizedTest(name = "messages{0}.properties")
	@ValueSource(strings = { "", "_nl", "_de", "_pl" })
	void everyRuleACandidateCanBeToldHasItsWords(String suffix) throws IOException {
		Set<String> keys = outcomeKeys("messages" + suffix + ".properties");
		for (DecisionRule rule : DecisionRule.values()) {
			if (rule != DecisionRule.FITS) {
				assertThat(keys).as(rule.name()).contains("reason." + rule.name());
			}
		}
	}

	private static Set<String> outcomeKeys(String catalogue) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(catalogue).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("outcome.") || key.startsWith("reason."))
			.collect(Collectors.toSet());
	}

}
