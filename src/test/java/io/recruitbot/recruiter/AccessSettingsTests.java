package io.recruitbot.recruiter;

import java.time.Duration;

import io.recruitbot.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A half-configured first administrator or single sign-on stops the start, naming the variable to fix. */
class AccessSettingsTests {

	@Test
	void anAdministratorNeedsBothAddressAndPassword() {
		assertRefusedNaming("RECRUITBOT_ADMIN_PASSWORD", () -> settings("admin@example.com", null, null, null, null));
		assertRefusedNaming("RECRUITBOT_ADMIN_EMAIL", () -> settings(null, "a long password", null, null, null));
	}

	@Test
	void theAdministratorsPasswordIsLongAndTheAddressAnAddress() {
		assertRefusedNaming("RECRUITBOT_ADMIN_PASSWORD", () -> settings("admin@example.com", "short", null, null, null));
		assertRefusedNaming("RECRUITBOT_ADMIN_EMAIL", () -> settings("admin", "a long password", null, null, null));
	}

	@Test
	void singleSignOnNeedsAllThreeVariables() {
		assertRefusedNaming("OIDC_CLIENT_SECRET", () -> settings(null, null, "https://accounts.google.com", "client", null));
		assertRefusedNaming("OIDC_ISSUER_URI", () -> settings(null, null, null, "client", "secret"));
		assertThat(settings(null, null, "https://accounts.google.com", "client", "secret").singleSignOn()).isTrue();
		assertThat(settings(null, null, null, null, null).singleSignOn()).isFalse();
	}

	private static void assertRefusedNaming(String variable, Runnable creation) {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(creation::run)
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo(variable));
	}

	private static AccessSettings settings(String email, String password, String issuer, String client, String secret) {
		return new AccessSettings(email, password, issuer, client, secret, 5, Duration.ofMinutes(15));
	}

}
