package io.recruitbot.crm;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * How far Chatwoot is behind: {@code recruitbot.chatwoot.sync.lag} (seconds since the oldest message not yet
 * mirrored, measured by the relay), and candidate syncs that succeeded or failed.
 */
@Component
class ChatwootSyncMetrics {

	private final AtomicLong lagSeconds = new AtomicLong();

	private final Counter synced;

	private final Counter failed;

	private final Counter messages;

	ChatwootSyncMetrics(MeterRegistry registry) {
		Gauge.builder("recruitbot.chatwoot.sync.lag", this.lagSeconds, AtomicLong::get)
			.description("Age of the oldest transcript message not yet mirrored to Chatwoot")
			.baseUnit("seconds")
			.register(registry);
		this.synced = Counter.builder("recruitbot.chatwoot.sync.synced").description("Candidate syncs to Chatwoot that completed").register(registry);
		this.failed = Counter.builder("recruitbot.chatwoot.sync.failed").description("Candidate syncs to Chatwoot that failed and will be retried").register(registry);
		this.messages = Counter.builder("recruitbot.chatwoot.sync.messages").description("Transcript messages posted to Chatwoot").register(registry);
	}

	void synced(int messagesPosted) {
		this.synced.increment();
		this.messages.increment(messagesPosted);
	}

	void failed() {
		this.failed.increment();
	}

	void lag(long seconds) {
		this.lagSeconds.set(Math.max(0, seconds));
	}

	long lagSeconds() {
		return this.lagSeconds.get();
	}

}
