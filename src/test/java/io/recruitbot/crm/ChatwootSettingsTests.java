package io.recruitbot.crm;

import java.time.Duration;

import io.recruitbot.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatwootSettingsTests {

	@Test
	void noChatwootVariablesMeanTheSyncIsOff() {
		assertThat(settings(null, null, null, null).configured()).isFalse();
	}

	@Test
	void allFourVariablesSwitchTheSyncOn() {
		ChatwootSettings settings = settings("https://chat.example.com/", "token", 3L, 9L);

		assertThat(settings.configured()).isTrue();
		assertThat(settings.accountUrl()).isEqualTo("https://chat.example.com/api/v1/accounts/3");
	}

	@Test
	void aPartialSetNamesTheMissingVariable() {
		assertThatThrownBy(() -> settings("https://chat.example.com", "token", 3L, null))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("CHATWOOT_INBOX_ID: is missing");
		assertThatThrownBy(() -> settings(null, "token", null, null)).isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("CHATWOOT_BASE_URL: is missing");
	}

	@Test
	void anApplicationWithHalfAChatwootConfigurationDoesNotStart() {
		new ApplicationContextRunner().withUserConfiguration(Settings.class)
			.withPropertyValues("recruitbot.chatwoot.base-url=https://chat.example.com",
					"recruitbot.chatwoot.api-token=token")
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidSettingException.class)
				.hasMessageStartingWith("CHATWOOT_ACCOUNT_ID: is missing"));
	}

	@Test
	void aBaseUrlThatIsNotHttpIsRefused() {
		assertThatThrownBy(() -> settings("chat.example.com", "token", 3L, 9L))
			.hasMessageStartingWith("CHATWOOT_BASE_URL: must be an http(s) URL");
	}

	static ChatwootSettings settings(String baseUrl, String token, Long account, Long inbox) {
		return new ChatwootSettings(baseUrl, token, account, inbox, Duration.ofSeconds(10), 20, Duration.ofSeconds(5));
	}

	@EnableConfigurationProperties(ChatwootSettings.class)
	static class Settings {

	}

}
