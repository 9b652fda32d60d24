package io.recruitbot.conversation.llm;

import java.time.Duration;

import io.recruitbot.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LlmSettingsTests {

	@Test
	void theApiVersionIsAddedToABaseUrlWithoutIt() {
		assertThat(settings("https://api.anthropic.com").anthropicApiUrl()).isEqualTo("https://api.anthropic.com/v1/");
		assertThat(settings("https://proxy.example.com/anthropic/").anthropicApiUrl())
			.isEqualTo("https://proxy.example.com/anthropic/v1/");
	}

	@Test
	void aBaseUrlWithTheApiVersionIsKept() {
		assertThat(settings("https://api.anthropic.com/v1").anthropicApiUrl()).isEqualTo("https://api.anthropic.com/v1/");
		assertThat(settings("https://api.anthropic.com/v1/").anthropicApiUrl()).isEqualTo("https://api.anthropic.com/v1/");
	}

	@Test
	void aBaseUrlThatIsNotHttpIsRefusedNamingItsVariable() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> settings("api.anthropic.com"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("ANTHROPIC_BASE_URL"));
	}

	@Test
	void claudeIsConfiguredOnlyWithAKey() {
		assertThat(settings("https://api.anthropic.com").claudeConfigured()).isTrue();
		assertThat(new LlmSettings(" ", "claude-haiku-4-5", "https://api.anthropic.com", null, null,
				Duration.ofSeconds(8), 1, 5).claudeConfigured()).isFalse();
	}

	@Test
	void costFollowsThePricePerMillionTokens() {
		LlmSettings settings = new LlmSettings("key", "claude-sonnet-4-6", "https://api.anthropic.com", null, null,
				Duration.ofSeconds(8), 3, 15);

		assertThat(settings.costUsd(2_000_000, 100_000)).isEqualTo(7.5);
	}

	private static LlmSettings settings(String baseUrl) {
		return new LlmSettings("key", "claude-haiku-4-5", baseUrl, null, null, Duration.ofSeconds(8), 1, 5);
	}

}
