package io.recruitbot.system;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives: {@code DATABASE_URL}, {@code DB_POOL_SIZE} and, for the embedded default,
 * {@code EMBEDDED_DATABASE_TEMPLATE} ({@link EmbeddedDatabaseTemplate}).
 */
@ConfigurationProperties("recruitbot.database")
public record DatabaseSettings(String url, @DefaultValue("20") int poolSize, String embeddedTemplate) {

	public DatabaseSettings {
		if (poolSize < 1 || poolSize > 500) {
			throw new InvalidSettingException(ContractVariable.DB_POOL_SIZE, "must be between 1 and 500 (got " + poolSize + ")");
		}
		DatabaseUrl.parse(url);
	}

	public DatabaseUrl target() {
		return DatabaseUrl.parse(this.url);
	}

	/** The embedded database's template, when one is named. */
	Optional<Path> template() {
		return (this.embeddedTemplate == null || this.embeddedTemplate.isBlank()) ? Optional.empty()
				: Optional.of(Path.of(this.embeddedTemplate));
	}

}
