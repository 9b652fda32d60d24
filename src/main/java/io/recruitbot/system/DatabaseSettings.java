package io.recruitbot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives: {@code DATABASE_URL} and {@code DB_POOL_SIZE}.
 */
@ConfigurationProperties("recruitbot.database")
public record DatabaseSettings(String url, @DefaultValue("20") int poolSize) {

	public DatabaseSettings {
		if (poolSize < 1 || poolSize > 500) {
			throw new InvalidSettingException(ContractVariable.DB_POOL_SIZE, "must be between 1 and 500 (got " + poolSize + ")");
		}
		DatabaseUrl.parse(url);
	}

	public DatabaseUrl target() {
		return DatabaseUrl.parse(this.url);
	}

}
