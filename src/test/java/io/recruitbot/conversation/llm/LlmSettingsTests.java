package io.recruitbot.conversation.llm;

import java.time.Duration;
import java.util.Map;

import io.recruitbot.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LlmSettingsTests {

	@Test
	void theApiVersionIsAddedToABaseUrlWithoutIt() {
		assertThat(anthropic("https://api.anthropic.com").anthropicApiUrl()).isEqualTo("https://api.anthropic.com/v1/");
		assertThat(anthropic("https://proxy.example.com/anthropic/").anthropicApiUrl())
			.isEqualTo("https://proxy.example.com/anthropic/v1/");
		assertThat(anthropic("https://api.anthropic.com/v1/").anthropicApiUrl()).isEqualTo("https://api.anthropic.com/v1/");
	}

	@Test
	void aBaseUrlThatIsNotHttpIsRefusedNamingItsVariable() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> anthropic("api.anthropic.com"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("ANTHROPIC_BASE_URL"));
	}

	@Test
	void anthropicIsTheDefaultProviderWithAKeyAndNoneWithout() {
		assertThat(anthropic("https://api.anthropic.com").chosenProvider()).isEqualTo(LlmSettings.Provider.ANTHROPIC);
		assertThat(settings(null, " ", null, null).chosenProvider()).isEqualTo(LlmSettings.Provider.NONE);
		assertThat(settings(null, " ", null, null).processorDisplayName()).isEmpty();
		assertThat(anthropic("https://api.anthropic.com").processorDisplayName()).contains("Anthropic");
	}

	@Test
	void anOpenAiCompatibleProviderNeedsAModelButNoKey() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> settings("openai", null, "http://vllm.internal:8000/v1", null))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("OPENAI_MODEL"));
		LlmSettings selfHosted = settings("openai", null, "http://vllm.internal:8000/v1", "llama3.1");
		assertThat(selfHosted.chosenProvider()).isEqualTo(LlmSettings.Provider.OPENAI);
		assertThat(selfHosted.processorDisplayName()).contains("vllm.internal");
	}

	@Test
	void anUnknownProviderOrAnthropicWithoutAKeyIsRefusedNamingTheVariable() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> settings("gemini", null, null, null))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("LLM_PROVIDER"));
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> settings("anthropic", null, null, null))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("ANTHROPIC_API_KEY"));
	}

	@Test
	void costFollowsTheModelsPricePerMillionTokensAndAnUnpricedModelIsFree() {
		assertThat(anthropic("https://api.anthropic.com").costUsd(2_000_000, 100_000)).isEqualTo(2.5);
		assertThat(settings("openai", null, "http://ollama:11434/v1", "llama3.1").costUsd(2_000_000, 100_000)).isZero();
	}

	private static LlmSettings anthropic(String baseUrl) {
		return new LlmSettings(null, null, "key", "claude-haiku-4-5", baseUrl, null, null, null, 6,
				Duration.ofSeconds(8), 20, Duration.ofSeconds(30), Duration.ofMinutes(10),
				Map.of("claude-haiku-4-5", new LlmSettings.ModelPrice(1, 5)));
	}

	private static LlmSettings settings(String provider, String anthropicKey, String openaiBaseUrl, String openaiModel) {
		return new LlmSettings(provider, null, anthropicKey, "claude-haiku-4-5", "https://api.anthropic.com", null,
				openaiBaseUrl, openaiModel, 6, Duration.ofSeconds(8), 20, Duration.ofSeconds(30), Duration.ofMinutes(10),
				Map.of());
	}

}
