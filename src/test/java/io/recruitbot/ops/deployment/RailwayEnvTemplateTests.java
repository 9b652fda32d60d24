package io.recruitbot.ops.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import io.recruitbot.system.ContractVariable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The template an operator copies from lists every variable the service reads, each with its explanation. */
class RailwayEnvTemplateTests {

	private final List<String> lines = read();

	@Test
	void everyContractVariableHasALineAndAnExplanationAboveIt() {
		for (ContractVariable variable : ContractVariable.values()) {
			if (variable == ContractVariable.RAILWAY_GIT_COMMIT_SHA) {
				// set by Railway itself; the template explains it next to GIT_COMMIT_SHA
				assertThat(String.join("\n", this.lines)).contains("RAILWAY_GIT_COMMIT_SHA");
				continue;
			}
			int line = indexOf(variable.name() + "=");
			assertThat(line).as(variable.name()).isPositive();
			assertThat(this.lines.get(line - 1)).as("explanation of " + variable.name()).startsWith("# ");
		}
	}

	@Test
	void variablesAreGroupedCriticalOptionalTuning() {
		int critical = indexOf("# Critical");
		int optional = indexOf("# Optional");
		int tuning = indexOf("# Tuning");
		assertThat(critical).isPositive().isLessThan(optional);
		assertThat(optional).isLessThan(tuning);
		assertThat(indexOf("DATABASE_URL=")).isBetween(critical, optional);
		assertThat(indexOf("DB_POOL_SIZE=")).isGreaterThan(tuning);
	}

	@Test
	void secretsSayHowToGenerateThem() {
		for (String secret : List.of("ADMIN_API_TOKEN=", "DIALOG360_WEBHOOK_SECRET=", "WHATSAPP_VERIFY_TOKEN=",
				"CHATWOOT_WEBHOOK_TOKEN=")) {
			assertThat(this.lines.get(indexOf(secret) - 1)).as(secret).contains("openssl rand");
		}
		// Chatwoot generates its webhook secrets itself (read-only): the template says where to copy it from
		assertThat(this.lines.get(indexOf("CHATWOOT_WEBHOOK_SECRET=") - 1)).contains("Settings > Integrations > Webhooks");
	}

	@Test
	void theTemplateIsAProductionSetUpThatProductionDoesNotRefuse() {
		assertThat(this.lines).contains("ENVIRONMENT=production", "ALLOW_UNSIGNED_WEBHOOKS=false",
				"DEMO_VACANCIES=false");
		// left for the operator to choose: the sandbox, the service's default, is refused in production
		assertThat(this.lines).contains("WHATSAPP_PROVIDER=");
		assertThat(this.lines.get(indexOf("WHATSAPP_PROVIDER=") - 1)).contains("360dialog or meta (required in production)");
	}

	private int indexOf(String start) {
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.lines.get(i).startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> read() {
		try {
			return Files.readAllLines(Script.ROOT.resolve(".railway-env.template"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
