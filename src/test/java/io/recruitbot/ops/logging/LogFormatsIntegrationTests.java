package io.recruitbot.ops.logging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log output itself, in both formats, as Boot configures it from {@code logback-spring.xml} and the contract's
 * variables: personal data never reaches the console at INFO, and the correlation id does.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFormatsIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(LogFormatsIntegrationTests.class);

	private ConfigurableApplicationContext context;

	@AfterEach
	void close() {
		MDC.clear();
		// Boot keeps the chosen format in a system property, which outlives the application in a test JVM
		System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	@Test
	void productionLogsAreJsonWithMaskedPersonalDataAndTheCorrelationId(CapturedOutput output) {
		// production refuses the sandbox gateway; nothing is sent here, the credentials only have to be there
		start("--ENVIRONMENT=production", "--WHATSAPP_PROVIDER=meta", "--WHATSAPP_ACCESS_TOKEN=token",
				"--WHATSAPP_PHONE_NUMBER_ID=12345", "--WHATSAPP_APP_SECRET=secret", "--WHATSAPP_VERIFY_TOKEN=verify");
		logAboutAMessage();

		String line = lineWith(output, "Reply to");
		assertThat(line).startsWith("{").contains("\"level\":\"INFO\"").contains("\"correlationId\":\"req-42\"");
		assertMasked(line);
	}

	@Test
	void localLogsAreTextWithMaskedPersonalDataAndTheCorrelationId(CapturedOutput output) {
		start("--ENVIRONMENT=development");
		logAboutAMessage();

		String line = lineWith(output, "Reply to");
		assertThat(line).doesNotStartWith("{").contains(" INFO ").contains("[req-42]");
		assertMasked(line);
		MDC.clear();
		log.info("Nothing to do with a request");
		assertThat(lineWith(output, "Nothing to do")).doesNotContain("[]");
	}

	@Test
	void logFormatJsonSwitchesJsonOnOutsideProduction(CapturedOutput output) {
		start("--LOG_FORMAT=json");
		logAboutAMessage();

		String line = lineWith(output, "Reply to");
		assertThat(line).startsWith("{");
		assertMasked(line);
	}

	@Test
	void stackTracesAreMaskedInBothFormats(CapturedOutput output) {
		for (String environment : new String[] { "--ENVIRONMENT=development", "--ENVIRONMENT=production" }) {
			start(environment, "--WHATSAPP_PROVIDER=meta", "--WHATSAPP_ACCESS_TOKEN=token",
					"--WHATSAPP_PHONE_NUMBER_ID=12345", "--WHATSAPP_APP_SECRET=secret", "--WHATSAPP_VERIFY_TOKEN=verify");
			log.error("Inbox message 7 is now a dead letter", new IllegalStateException(
					"Detail: Failing row contains (7, 31612345678, Jan de Vries). Sender wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQz"));
			close();
		}

		assertThat(output.getOut()).contains("IllegalStateException", "Failing row contains (***)", "wamid.***")
			.doesNotContain("31612345678", "Jan de Vries", "HBgLMzE2MTIzNDU2NzgVAgASGBQz");
	}

	private void start(String... arguments) {
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		this.context = application.run(arguments);
	}

	private static void logAboutAMessage() {
		MDC.put(CorrelationIdFilter.MDC_KEY, "req-42");
		log.info("Reply to +31612345678 (jan@example.com) text=\"Ik heb 5 jaar ervaring als barista\" queued");
	}

	private static String lineWith(CapturedOutput output, String marker) {
		return output.getOut().lines().filter((line) -> line.contains(marker)).reduce((first, last) -> last).orElseThrow();
	}

	private static void assertMasked(String line) {
		assertThat(line).doesNotContain("31612345678", "jan@example.com", "barista")
			.contains("***78", "[email]", "[34 chars]");
	}

	static class Empty {

	}

}
