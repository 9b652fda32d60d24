package io.recruitbot.recruiter;

import java.time.Duration;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@code RECRUITBOT_ADMIN_EMAIL} and {@code RECRUITBOT_ADMIN_PASSWORD}, used only on an empty
 * recruiter table), the lock-out after failed sign-ins, and single sign-on ({@code OIDC_ISSUER_URI},
 * {@code OIDC_CLIENT_ID}, {@code OIDC_CLIENT_SECRET}: all three or none).
 */
@ConfigurationProperties("recruitbot.access")
record AccessSettings(String adminEmail, String adminPassword, String oidcIssuerUri, String oidcClientId,
		String oidcClientSecret, @DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockout) {

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	AccessSettings {
		if (isSet(adminEmail) != isSet(adminPassword)) {
			throw new InvalidSettingException(isSet(adminEmail) ? ContractVariable.RECRUITBOT_ADMIN_PASSWORD
					: ContractVariable.RECRUITBOT_ADMIN_EMAIL, "set both RECRUITBOT_ADMIN_EMAIL and RECRUITBOT_ADMIN_PASSWORD, or neither");
		}
		if (isSet(adminEmail) && !EmailAddress.isValid(adminEmail)) {
			throw new InvalidSettingException(ContractVariable.RECRUITBOT_ADMIN_EMAIL, "is not an e-mail address");
		}
		if (isSet(adminPassword) && adminPassword.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new InvalidSettingException(ContractVariable.RECRUITBOT_ADMIN_PASSWORD,
					"must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
		}
		boolean anyOidc = isSet(oidcIssuerUri) || isSet(oidcClientId) || isSet(oidcClientSecret);
		boolean allOidc = isSet(oidcIssuerUri) && isSet(oidcClientId) && isSet(oidcClientSecret);
		if (anyOidc && !allOidc) {
			ContractVariable missing = !isSet(oidcIssuerUri) ? ContractVariable.OIDC_ISSUER_URI
					: !isSet(oidcClientId) ? ContractVariable.OIDC_CLIENT_ID : ContractVariable.OIDC_CLIENT_SECRET;
			throw new InvalidSettingException(missing, "single sign-on needs OIDC_ISSUER_URI, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET");
		}
		if (maxFailedSignIns < 1) {
			throw new InvalidSettingException("recruitbot.access.max-failed-sign-ins", "must be at least 1");
		}
	}

	boolean administratorConfigured() {
		return isSet(this.adminEmail);
	}

	boolean singleSignOn() {
		return isSet(this.oidcClientId);
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

}
