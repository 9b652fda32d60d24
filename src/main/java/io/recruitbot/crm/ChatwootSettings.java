package io.recruitbot.crm;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Chatwoot account the conversations are mirrored into ({@code CHATWOOT_BASE_URL}, {@code CHATWOOT_API_TOKEN},
 * {@code CHATWOOT_ACCOUNT_ID}, {@code CHATWOOT_INBOX_ID}). All four or none: half a configuration would silently mirror
 * nothing, so it fails the start naming what is missing. A zero {@code sync-interval} leaves the mirror to be run by
 * hand (tests).
 */
@ConfigurationProperties("recruitbot.chatwoot")
record ChatwootSettings(String baseUrl, String apiToken, Long accountId, Long inboxId,
		@DefaultValue("10s") Duration timeout, @DefaultValue("20") int batchSize,
		@DefaultValue("5s") Duration syncInterval) {

	ChatwootSettings {
		Map<ContractVariable, Object> values = new LinkedHashMap<>();
		values.put(ContractVariable.CHATWOOT_BASE_URL, blankToNull(baseUrl));
		values.put(ContractVariable.CHATWOOT_API_TOKEN, blankToNull(apiToken));
		values.put(ContractVariable.CHATWOOT_ACCOUNT_ID, accountId);
		values.put(ContractVariable.CHATWOOT_INBOX_ID, inboxId);
		boolean any = values.values().stream().anyMatch((value) -> value != null);
		if (any) {
			values.forEach((variable, value) -> {
				if (value == null) {
					throw new InvalidSettingException(variable,
							"is missing; Chatwoot needs CHATWOOT_BASE_URL, CHATWOOT_API_TOKEN, CHATWOOT_ACCOUNT_ID and CHATWOOT_INBOX_ID together");
				}
			});
			requireHttpUrl(baseUrl);
			if (accountId <= 0) {
				throw new InvalidSettingException(ContractVariable.CHATWOOT_ACCOUNT_ID, "must be a positive number");
			}
			if (inboxId <= 0) {
				throw new InvalidSettingException(ContractVariable.CHATWOOT_INBOX_ID, "must be a positive number");
			}
		}
		if (batchSize < 1 || batchSize > 500) {
			throw new InvalidSettingException("recruitbot.chatwoot.batch-size", "must be between 1 and 500");
		}
		if (syncInterval.isNegative()) {
			throw new InvalidSettingException("recruitbot.chatwoot.sync-interval", "cannot be negative");
		}
	}

	boolean configured() {
		return this.baseUrl != null && !this.baseUrl.isBlank();
	}

	/** The application API root of the account, {@code .../api/v1/accounts/{id}}. */
	String accountUrl() {
		return this.baseUrl.trim().replaceAll("/+$", "") + "/api/v1/accounts/" + this.accountId;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static void requireHttpUrl(String url) {
		try {
			URI uri = URI.create(url.trim());
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new InvalidSettingException(ContractVariable.CHATWOOT_BASE_URL,
						"must be an http(s) URL such as https://app.chatwoot.com");
			}
		}
		catch (InvalidSettingException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException(ContractVariable.CHATWOOT_BASE_URL, "is not a valid URL");
		}
	}

}
