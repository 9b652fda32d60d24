package io.recruitbot.intake;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.recruitbot.intake.WebhookDelivery.ProviderError;
import io.recruitbot.system.MovableClock;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookIntakeTests {

	@Test
	void thousandsOfProviderErrorsInOneDeliveryAreCountedEachAndWarnedAboutOnce() {
		MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		// a delivery of errors only: nothing is stored, so no inbox, writer or workers are needed
		WebhookIntake intake = new WebhookIntake(null, null, null, null, null, new IntakeMetrics(meters, null, clock),
				clock);
		Logger logger = (Logger) LoggerFactory.getLogger(WebhookIntake.class);
		ListAppender<ILoggingEvent> lines = LogLines.capture(logger);
		try {
			intake.accept("meta", new WebhookDelivery(List.of(), List.of(),
					Collections.nCopies(5000, new ProviderError("131000", "Something went wrong"))));
			assertThat(lines.list).hasSize(1);
			assertThat(meters.counter("recruitbot.webhooks.provider.errors", "provider", "meta").count()).isEqualTo(5000);
		}
		finally {
			logger.detachAppender(lines);
		}
	}

}
