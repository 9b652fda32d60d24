package io.recruitbot.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.recruitbot.candidate.Candidate;
import org.slf4j.MDC;

import org.springframework.context.annotation.Primary;

/**
 * A conversation engine for tests: remembers every message it was handed (with the correlation id in the log context
 * at that moment), checks that no conversation is handled by two threads at once, and fails on command.
 */
@Primary // wins over the screening workflow, which is deployed too
class RecordingConversationEngine implements ConversationEngine {

	private final List<Handled> handled = new CopyOnWriteArrayList<>();

	private final Set<String> busyPhones = ConcurrentHashMap.newKeySet();

	private final AtomicInteger overlaps = new AtomicInteger();

	private final Map<String, AtomicInteger> failuresToGo = new ConcurrentHashMap<>();

	private volatile long workMillis;

	private volatile Function<String, RuntimeException> failure = RecordingConversationEngine::engineFailure;

	@Override
	public void handle(InboundMessage message, Candidate candidate, ClaimFence claim) {
		if (!this.busyPhones.add(message.phone())) {
			this.overlaps.incrementAndGet();
		}
		try {
			AtomicInteger failures = this.failuresToGo.get(message.providerMessageId());
			if (failures != null && failures.getAndDecrement() > 0) {
				throw this.failure.apply(message.providerMessageId());
			}
			if (this.workMillis > 0) {
				Thread.sleep(this.workMillis);
			}
			this.handled.add(new Handled(message, MDC.get(InboxWorkers.CORRELATION_ID)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.busyPhones.remove(message.phone());
		}
	}

	/** The next {@code times} attempts at this message fail. */
	void failNext(String providerMessageId, int times) {
		failNext(providerMessageId, times, RecordingConversationEngine::engineFailure);
	}

	/** The next {@code times} attempts at this message fail with what {@code failure} makes of its id. */
	void failNext(String providerMessageId, int times, Function<String, RuntimeException> failure) {
		this.failure = failure;
		this.failuresToGo.put(providerMessageId, new AtomicInteger(times));
	}

	private static RuntimeException engineFailure(String providerMessageId) {
		return new IllegalStateException("engine failure for " + providerMessageId);
	}

	/** How long each message takes, to make overlaps visible. */
	void takeMillisPerMessage(long millis) {
		this.workMillis = millis;
	}

	List<Handled> handled() {
		return List.copyOf(this.handled);
	}

	List<String> handledIds() {
		return this.handled.stream().map((h) -> h.message().providerMessageId()).toList();
	}

	List<InboundMessage> handledFrom(String phone) {
		return this.handled.stream().map(Handled::message).filter((m) -> m.phone().equals(phone)).toList();
	}

	int overlaps() {
		return this.overlaps.get();
	}

	void reset() {
		this.handled.clear();
		this.failuresToGo.clear();
		this.overlaps.set(0);
		this.workMillis = 0;
		this.failure = RecordingConversationEngine::engineFailure;
	}

	record Handled(InboundMessage message, String correlationId) {
	}

}
