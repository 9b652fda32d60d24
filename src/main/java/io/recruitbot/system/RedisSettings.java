package io.recruitbot.system;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Redis for checkpoints and shared locks ({@code REDIS_URL}); unset keeps everything in the SQL database.
 */
@ConfigurationProperties("recruitbot.redis")
public record RedisSettings(String url) {

	public RedisSettings {
		if (url != null && !url.isBlank()) {
			String lower = url.trim().toLowerCase(Locale.ROOT);
			if (!(lower.startsWith("redis://") || lower.startsWith("rediss://"))) {
				throw new InvalidSettingException(ContractVariable.REDIS_URL,
						"must look like redis://[:password@]host:6379/0 or rediss://...");
			}
			try {
				if (URI.create(url.trim()).getHost() == null) {
					throw new InvalidSettingException(ContractVariable.REDIS_URL, "must name a host");
				}
			}
			catch (IllegalArgumentException ex) {
				if (ex instanceof InvalidSettingException) {
					throw ex;
				}
				throw new InvalidSettingException(ContractVariable.REDIS_URL, "is not a valid URL");
			}
		}
	}

	public boolean configured() {
		return this.url != null && !this.url.isBlank();
	}

}
