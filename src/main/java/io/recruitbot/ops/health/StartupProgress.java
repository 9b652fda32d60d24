package io.recruitbot.ops.health;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the start-up work is done. Flyway migrates the schema while the context is refreshed, and the first lifecycle
 * phase waits for it, so {@link ApplicationReadyEvent} is the moment the service can do its job.
 */
@Component
class StartupProgress {

	private final Clock clock;

	private final Instant processStartedAt;

	private volatile Instant startedAt;

	StartupProgress(Clock clock) {
		this.clock = clock;
		this.processStartedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
	}

	@EventListener(ApplicationReadyEvent.class)
	void startUpWorkDone() {
		this.startedAt = this.clock.instant();
	}

	boolean started() {
		return this.startedAt != null;
	}

	Instant processStartedAt() {
		return this.processStartedAt;
	}

	/** From the start of the JVM to ready; null while starting. */
	Duration startupTime() {
		Instant started = this.startedAt;
		return (started != null) ? Duration.between(this.processStartedAt, started) : null;
	}

	long uptimeSeconds() {
		return Duration.between(this.processStartedAt, this.clock.instant()).toSeconds();
	}

}
