package io.recruitbot.console;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open console pages, each an {@link SseEmitter}, and what is pushed to them. Bounded: at most {@link #MAX_OPEN}
 * at once (the next one is refused), each closed after {@link #LIFETIME} (the browser's EventSource reconnects by
 * itself), and a heartbeat every {@link #HEARTBEAT_SECONDS} seconds finds and drops the ones whose reader has gone.
 */
@Component
class LiveUpdates {

	static final int MAX_OPEN = 200;

	static final Duration LIFETIME = Duration.ofMinutes(30);

	static final long HEARTBEAT_SECONDS = 15;

	private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

	private final List<SseEmitter> open = new CopyOnWriteArrayList<>();

	/** A new page listening; empty when {@link #MAX_OPEN} are open already. */
	synchronized Optional<SseEmitter> open() {
		if (this.open.size() >= MAX_OPEN) {
			return Optional.empty();
		}
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		this.open.add(emitter);
		emitter.onCompletion(() -> this.open.remove(emitter));
		emitter.onTimeout(emitter::complete);
		emitter.onError((error) -> this.open.remove(emitter));
		send(emitter, SseEmitter.event().comment("connected").reconnectTime(3000));
		return Optional.of(emitter);
	}

	int openCount() {
		return this.open.size();
	}

	void push(LiveUpdate update) {
		for (SseEmitter emitter : this.open) {
			send(emitter, SseEmitter.event().name(update.kind()).data(update, MediaType.APPLICATION_JSON));
		}
	}

	/** Closes every stream when the service stops, so the graceful shutdown does not wait for them. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		for (SseEmitter emitter : this.open) {
			this.open.remove(emitter);
			emitter.complete();
		}
	}

	@Scheduled(fixedDelay = HEARTBEAT_SECONDS * 1000, initialDelay = HEARTBEAT_SECONDS * 1000)
	void heartbeat() {
		for (SseEmitter emitter : this.open) {
			send(emitter, SseEmitter.event().comment("heartbeat"));
		}
	}

	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// the page has gone (closed tab, network): forget it (the container completes the request itself); the
			// browser reconnects if it still wants updates
			this.open.remove(emitter);
			log.debug("Dropped a live-update listener: {}", ex.getClass().getSimpleName());
		}
	}

}
