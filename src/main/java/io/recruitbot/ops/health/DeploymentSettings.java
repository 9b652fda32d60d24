package io.recruitbot.ops.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the health endpoints say about this deployment: {@code ENVIRONMENT} and {@code GIT_COMMIT_SHA} (or Railway's
 * {@code RAILWAY_GIT_COMMIT_SHA}).
 */
@ConfigurationProperties("recruitbot.deployment")
record DeploymentSettings(@DefaultValue("development") String environment, String gitCommitSha, String logFormat) {

	/** The commit when one is known, otherwise the version of the build. */
	String version() {
		if (this.gitCommitSha != null && !this.gitCommitSha.isBlank()) {
			return this.gitCommitSha;
		}
		String built = DeploymentSettings.class.getPackage().getImplementationVersion();
		return (built != null) ? built : "development";
	}

}
