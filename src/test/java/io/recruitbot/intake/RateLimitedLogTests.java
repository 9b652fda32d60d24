package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.recruitbot.system.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitedLogTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger("rate-limited-log-test");

	private final ListAppender<ILoggingEvent> lines = LogLines.capture(this.logger);

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));

	private final RateLimitedLog log = new RateLimitedLog(this.logger, Duration.ofSeconds(10), this.clock);

	@AfterEach
	void stopCapturing() {
		this.logger.detachAppender(this.lines);
	}

	@Test
	void aWarningRepeatedWithinTheIntervalIsWrittenOnce() {
		for (int i = 0; i < 200_000; i++) {
			this.log.warn("Skipped a message");
		}
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Skipped a message");
	}

	@Test
	void theNextLineAfterTheIntervalCountsWhatWasLeftOut() {
		this.log.warn("Skipped a message");
		this.log.warn("Skipped a message");
		this.log.warn("Skipped a message");
		this.clock.advance(Duration.ofSeconds(10));
		this.log.warn("Skipped a message");
		this.clock.advance(Duration.ofSeconds(10));
		this.log.warn("Skipped a message");
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Skipped a message", "Skipped a message (2 more since the previous line)",
					"Skipped a message");
	}

}
