package io.recruitbot.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract's variables reach the typed settings, and a bad value is reported in one line naming the variable.
 */
class SettingsStartupTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void environmentVariablesFeedTheTypedSettings() {
		StandardEnvironment environment = environmentWith(Map.of("DATABASE_URL",
				"postgresql://postgres@127.0.0.1:5432/recruitbot", "DB_POOL_SIZE", "7", "ADMIN_API_TOKEN",
				"0123456789abcdef0123"));

		this.context.withInitializer((ctx) -> ctx.setEnvironment(environment)).run((ctx) -> {
			assertThat(ctx).hasNotFailed();
			DatabaseSettings database = ctx.getBean(DatabaseSettings.class);
			assertThat(database.poolSize()).isEqualTo(7);
			assertThat(database.target().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/recruitbot");
			assertThat(ctx.getBean(AdminSettings.class).tokenRequired()).isTrue();
		});
	}

	@Test
	void defaultsNeedNoVariables() {
		this.context.withInitializer((ctx) -> ctx.setEnvironment(environmentWith(Map.of()))).run((ctx) -> {
			assertThat(ctx.getBean(DatabaseSettings.class).poolSize()).isEqualTo(20);
			assertThat(ctx.getBean(DatabaseSettings.class).target().embedded()).isTrue();
			assertThat(ctx.getBean(AdminSettings.class).demoVacancies()).isTrue();
			assertThat(ctx.getBean(RedisSettings.class).configured()).isFalse();
		});
	}

	@Test
	void mysqlUrlIsReportedByItsVariable() {
		assertThat(failureFor(Map.of("DATABASE_URL", "mysql://x")).getDescription())
			.isEqualTo("DATABASE_URL: must be a PostgreSQL URL such as postgresql://user:password@host:5432/database"
					+ " (got a 'mysql' URL)");
	}

	@Test
	void nonNumericPoolSizeIsReportedByItsVariable() {
		assertThat(failureFor(Map.of("DB_POOL_SIZE", "abc")).getDescription())
			.isEqualTo("DB_POOL_SIZE: 'abc' is not a valid value");
	}

	@Test
	void outOfRangePoolSizeIsReportedByItsVariable() {
		assertThat(failureFor(Map.of("DB_POOL_SIZE", "0")).getDescription()).startsWith("DB_POOL_SIZE: must be between");
	}

	@Test
	void redisUrlWithAnotherSchemeIsReportedByItsVariable() {
		assertThat(failureFor(Map.of("REDIS_URL", "http://cache:6379")).getDescription()).startsWith("REDIS_URL:");
	}

	@Test
	void aShortAdminTokenIsRefused() {
		assertThat(failureFor(Map.of("ADMIN_API_TOKEN", "secret")).getDescription()).startsWith("ADMIN_API_TOKEN:");
	}

	@Test
	void productionWithoutAWhatsAppProviderIsRefusedNamingTheVariable() {
		assertThat(productionFailureFor(Map.of("ENVIRONMENT", "production")).getDescription())
			.isEqualTo("WHATSAPP_PROVIDER: must be 360dialog or meta when ENVIRONMENT=production"
					+ " (the sandbox sends no message to anyone)");
	}

	@Test
	void productionWithTheSandboxIsRefusedHoweverItIsWritten() {
		assertThat(productionFailureFor(Map.of("ENVIRONMENT", "Production", "WHATSAPP_PROVIDER", " Sandbox "))
			.getDescription()).startsWith("WHATSAPP_PROVIDER: must be 360dialog or meta");
	}

	@Test
	void productionRefusesUnsignedWebhooks() {
		FailureAnalysis analysis = productionFailureFor(Map.of("ENVIRONMENT", "production", "WHATSAPP_PROVIDER", "meta",
				"ALLOW_UNSIGNED_WEBHOOKS", "true"));
		assertThat(analysis.getDescription()).isEqualTo("ALLOW_UNSIGNED_WEBHOOKS: must not be true when"
				+ " ENVIRONMENT=production (anyone could send forged webhooks)");
		assertThat(analysis.getAction()).contains("ALLOW_UNSIGNED_WEBHOOKS");
	}

	@Test
	void productionStartsWithoutDemoVacanciesUnlessTheyAreAskedFor() {
		Map<String, Object> production = Map.of("ENVIRONMENT", "production", "WHATSAPP_PROVIDER", "360dialog");
		this.context.withInitializer((ctx) -> ctx.setEnvironment(environmentWith(production)))
			.run((ctx) -> assertThat(ctx.getBean(AdminSettings.class).demoVacancies()).isFalse());

		Map<String, Object> askedFor = Map.of("ENVIRONMENT", "production", "WHATSAPP_PROVIDER", "360dialog",
				"DEMO_VACANCIES", "true");
		this.context.withInitializer((ctx) -> ctx.setEnvironment(environmentWith(askedFor)))
			.run((ctx) -> assertThat(ctx.getBean(AdminSettings.class).demoVacancies()).isTrue());
	}

	@Test
	void outsideProductionTheSandboxUnsignedWebhooksAndDemoVacanciesAreAllowed() {
		Map<String, Object> development = Map.of("ENVIRONMENT", "development", "ALLOW_UNSIGNED_WEBHOOKS", "true");
		this.context.withInitializer((ctx) -> ctx.setEnvironment(environmentWith(development)))
			.run((ctx) -> assertThat(ctx.getBean(AdminSettings.class).demoVacancies()).isTrue());
	}

	/** Production's rules are checked before any bean exists, while the environment is prepared. */
	private static FailureAnalysis productionFailureFor(Map<String, Object> variables) {
		InvalidSettingException refused = assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> environmentWith(variables))
			.actual();
		FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(refused);
		assertThat(analysis.getDescription()).doesNotContain("\n");
		return analysis;
	}

	private FailureAnalysis failureFor(Map<String, Object> variables) {
		StandardEnvironment environment = environmentWith(variables);
		Throwable[] failure = new Throwable[1];
		this.context.withInitializer((ctx) -> ctx.setEnvironment(environment))
			.run((ctx) -> failure[0] = ctx.getStartupFailure());
		assertThat(failure[0]).as("start-up failure").isNotNull();
		FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(failure[0]);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).doesNotContain("\n");
		return analysis;
	}

	private static StandardEnvironment environmentWith(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		new ContractVariables().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@EnableConfigurationProperties({ DatabaseSettings.class, AdminSettings.class, RedisSettings.class })
	static class Settings {

	}

}
