package io.recruitbot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Machine access to the admin API ({@code ADMIN_API_TOKEN}, acting as an administrator; unset, only signed-in
 * recruiters reach it) and whether an empty database gets the demo vacancies ({@code DEMO_VACANCIES}: by default yes, but not when {@code ENVIRONMENT=production}, see
 * {@link ProductionRules}).
 */
@ConfigurationProperties("recruitbot.admin")
public record AdminSettings(String apiToken, @DefaultValue("true") boolean demoVacancies) {

	private static final int MINIMUM_TOKEN_LENGTH = 16;

	public AdminSettings {
		if (apiToken != null && !apiToken.isBlank() && apiToken.length() < MINIMUM_TOKEN_LENGTH) {
			throw new InvalidSettingException(ContractVariable.ADMIN_API_TOKEN,
					"must be at least " + MINIMUM_TOKEN_LENGTH + " characters (generate one with: openssl rand -hex 32)");
		}
	}

	public boolean tokenRequired() {
		return this.apiToken != null && !this.apiToken.isBlank();
	}

}
