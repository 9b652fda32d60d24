package io.recruitbot.ops.deployment;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** start.sh as the container runs it: with nothing but the environment Railway gives it. */
class StartScriptTests {

	@BeforeEach
	void bash() {
		Script.assumeOnPath("bash");
	}

	@Test
	void shellcheckFindsNothingInTheScripts() throws Exception {
		Script.assumeOnPath("shellcheck");
		Script.Result result = Script.run(Map.of(), "shellcheck", "start.sh", "healthcheck.sh", "record-class-data.sh",
				"src/test/image/build-and-run.sh", "src/test/image/base-images.sh", "bench/startup/bare-classpath.sh");
		assertThat(result.out()).isEmpty();
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void dialog360WithoutItsKeyAndSecretStopsAndNamesBoth() throws Exception {
		Script.Result result = Script.run(Map.of("WHATSAPP_PROVIDER", "360dialog"), "bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("DIALOG360_API_KEY is not set", "DIALOG360_WEBHOOK_SECRET is not set",
				"not starting");
	}

	@Test
	void metaWithoutItsPhoneNumberIdStopsAndNamesIt() throws Exception {
		Script.Result result = Script.run(Map.of("WHATSAPP_PROVIDER", "meta", "WHATSAPP_ACCESS_TOKEN", "token",
				"WHATSAPP_APP_SECRET", "secret", "WHATSAPP_VERIFY_TOKEN", "verify"), "bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("WHATSAPP_PHONE_NUMBER_ID is not set")
			.doesNotContain("WHATSAPP_ACCESS_TOKEN is not set");
	}

	@Test
	void halfAChatwootConfigurationStopsAndNamesWhatIsMissing() throws Exception {
		Script.Result result = Script.run(Map.of("CHATWOOT_BASE_URL", "https://chatwoot.example.com"), "bash",
				"start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("CHATWOOT_API_TOKEN is not set", "CHATWOOT_ACCOUNT_ID is not set",
				"CHATWOOT_INBOX_ID is not set");
	}

	@Test
	void anUnknownProviderIsNamed() throws Exception {
		Script.Result result = Script.run(Map.of("WHATSAPP_PROVIDER", "twilio"), "bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("WHATSAPP_PROVIDER must be 360dialog, meta or sandbox (got 'twilio')");
	}

	@Test
	void anOpenAiCompatibleModelWithoutItsNameStopsAndNamesItButNeedsNoKey() throws Exception {
		Script.Result result = Script.run(Map.of("LLM_PROVIDER", "openai", "OPENAI_BASE_URL", "http://ollama:11434/v1"),
				"bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("OPENAI_MODEL is not set (LLM_PROVIDER=openai)").doesNotContain("OPENAI_API_KEY");
		assertThat(Script.run(Map.of("LLM_PROVIDER", "gemini"), "bash", "start.sh").err())
			.contains("LLM_PROVIDER must be anthropic, openai or none (got 'gemini')");
	}

	@Test
	void productionWithoutAWhatsAppProviderStopsAndNamesTheVariable() throws Exception {
		Script.Result result = Script.run(Map.of("ENVIRONMENT", "production"), "bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("WHATSAPP_PROVIDER must be 360dialog or meta when ENVIRONMENT=production");
	}

	@Test
	void productionWithTheSandboxOrUnsignedWebhooksStopsAndNamesBoth() throws Exception {
		Script.Result result = Script.run(Map.of("ENVIRONMENT", "production", "WHATSAPP_PROVIDER", "sandbox",
				"ALLOW_UNSIGNED_WEBHOOKS", "true"), "bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).contains("WHATSAPP_PROVIDER must be 360dialog or meta when ENVIRONMENT=production",
				"ALLOW_UNSIGNED_WEBHOOKS must not be true when ENVIRONMENT=production");
	}

	@Test
	void productionWithARealProviderStarts(@TempDir Path directory) throws Exception {
		Path jar = TinyJar.printingMaxHeapAndArguments(directory);
		Script.Result result = Script.run(Map.of("ENVIRONMENT", "production", "WHATSAPP_PROVIDER", "360dialog",
				"DIALOG360_API_KEY", "key", "DIALOG360_WEBHOOK_SECRET", "secret", "ADMIN_API_TOKEN",
				"0123456789abcdef", "APP_JAR", jar.toString()), "bash", "start.sh");
		assertThat(result.err()).isEmpty();
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void anUnreachableDatabaseIsRetriedThenFailsWithAMessageAndWithoutItsPassword() throws Exception {
		int closed;
		try (ServerSocket probe = new ServerSocket(0)) {
			closed = probe.getLocalPort();
		}
		Script.Result result = Script.run(Map.of("DATABASE_URL", "postgresql://recruit:s3cretpw@127.0.0.1:" + closed
				+ "/recruitbot?sslmode=disable", "START_WAIT_TRIES", "3", "START_WAIT_SECONDS", "0"), "bash", "start.sh");
		assertThat(result.exitCode()).isEqualTo(69);
		assertThat(result.err()).contains("waiting for PostgreSQL at 127.0.0.1:" + closed + " (try 1 of 3)",
				"(try 3 of 3)", "PostgreSQL at 127.0.0.1:" + closed + " did not accept connections after 3 tries")
			.doesNotContain("s3cretpw");
	}

	@Test
	void reachableDatabaseAndRedisLeadToTheJvmInPlaceOfTheScriptWithItsOptionsAndArguments(@TempDir Path directory) throws Exception {
		Path jar = TinyJar.printingMaxHeapAndArguments(directory);
		try (ServerSocket database = new ServerSocket(0); ServerSocket redis = new ServerSocket(0)) {
			Script.Result result = Script.run(Map.of("DATABASE_URL",
					"jdbc:postgresql://127.0.0.1:" + database.getLocalPort() + "/recruitbot?user=postgres", "REDIS_URL",
					"redis://:pw@127.0.0.1:" + redis.getLocalPort() + "/0", "JAVA_OPTS", "-Xmx32m -Xss512k", "APP_JAR",
					jar.toString()), "bash", "start.sh", "--spring.main.banner-mode=off");
			assertThat(result.err()).contains("PostgreSQL is reachable at 127.0.0.1:" + database.getLocalPort(),
					"Redis is reachable at 127.0.0.1:" + redis.getLocalPort());
			assertThat(result.exitCode()).isZero();
			assertThat(result.out()).contains("max heap 32 MB", "arguments [--spring.main.banner-mode=off]");
			// exec, not a child process: Railway's SIGTERM must reach the JVM to start the graceful shutdown
			assertThat(result.out()).contains("pid " + result.pid());
		}
	}

	@Test
	void aClassDataSharingArchiveIsPassedToTheJvmWhenItExists(@TempDir Path directory) throws Exception {
		Path jar = TinyJar.printingMaxHeapAndArguments(directory);
		Path archive = directory.resolve("app.jsa");

		Script.Result without = Script.run(Map.of("APP_JAR", jar.toString(), "CDS_ARCHIVE", archive.toString()),
				"bash", "start.sh");
		Files.writeString(archive, "");
		Script.Result with = Script.run(Map.of("APP_JAR", jar.toString(), "CDS_ARCHIVE", archive.toString()),
				"bash", "start.sh");

		assertThat(without.exitCode()).isZero();
		assertThat(without.out()).doesNotContain("SharedArchiveFile");
		assertThat(with.out()).contains("-XX:SharedArchiveFile=" + archive);
	}

	@Test
	void theTrainingStartRecordsTheArchiveOnceTheServiceIsReadyAndThenStopsIt(@TempDir Path directory)
			throws Exception {
		Path jar = TinyJar.readyUntilStopped(directory);
		Path archive = directory.resolve("app.jsa");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}

		Script.Result result = Script.run(Map.of("APP_JAR", jar.toString(), "PORT", String.valueOf(port), "JAVA_OPTS",
				"-Xmx32m -XX:+UseSerialGC"), "bash", "record-class-data.sh", archive.toString());

		assertThat(result.err()).isEmpty();
		assertThat(result.exitCode()).isZero();
		assertThat(archive).isNotEmptyFile();
	}

	@Test
	void aTrainingStartThatEndsBeforeItIsReadyFailsAndSaysSo(@TempDir Path directory) throws Exception {
		Path jar = TinyJar.printingMaxHeapAndArguments(directory);
		Path archive = directory.resolve("app.jsa");

		Script.Result result = Script.run(Map.of("APP_JAR", jar.toString(), "PORT", "1"), "bash",
				"record-class-data.sh", archive.toString());

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("the training start exited with 0 before it was ready");
	}

	@Test
	void theServiceStartsFromTheBeanDefinitionsPreparedAtBuildTimeUnlessToldNotTo(@TempDir Path directory)
			throws Exception {
		Path jar = TinyJar.printingMaxHeapAndArguments(directory);

		Script.Result prepared = Script.run(Map.of("APP_JAR", jar.toString()), "bash", "start.sh");
		Script.Result classic = Script.run(Map.of("APP_JAR", jar.toString(), "SPRING_AOT", "false"), "bash",
				"start.sh");

		assertThat(prepared.exitCode()).isZero();
		assertThat(prepared.out()).contains("-Dspring.aot.enabled=true");
		assertThat(classic.out()).doesNotContain("spring.aot");
	}

}
