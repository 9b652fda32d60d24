package io.recruitbot.whatsapp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.recruitbot.whatsapp.OutboundMessage.Content;

/**
 * A gateway that remembers every send, for relay tests that count deliveries. It can be told to refuse the next
 * sends, as the provider would.
 */
final class RecordingGateway implements WhatsAppGateway {

	record Sent(String to, Content content, String providerMessageId) {
	}

	private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

	private final List<DeliveryFailure> refusals = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger attempts = new AtomicInteger();

	private volatile DeliveryFailure refuseAll;

	private volatile long latencyMillis;

	private volatile Runnable whileSending = () -> {
	};

	void refuseNext(DeliveryFailure failure) {
		this.refusals.add(failure);
	}

	/** Every send from now on fails this way, as a provider that is down or rejects the template does. */
	void refuseAll(DeliveryFailure failure) {
		this.refuseAll = failure;
	}

	/** Sends tried, refused ones included. */
	int attempts() {
		return this.attempts.get();
	}

	/** Runs during every send, before the answer: what happens elsewhere while this relay waits (or is frozen). */
	void whileSending(Runnable elsewhere) {
		this.whileSending = elsewhere;
	}

	void answerAfter(long millis) {
		this.latencyMillis = millis;
	}

	List<Sent> sent() {
		synchronized (this.sent) {
			return List.copyOf(this.sent);
		}
	}

	@Override
	public String provider() {
		return "recording";
	}

	@Override
	public String send(String to, Content content) {
		if (this.latencyMillis > 0) {
			try {
				Thread.sleep(this.latencyMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.attempts.incrementAndGet();
		this.whileSending.run();
		if (this.refuseAll != null) {
			throw this.refuseAll;
		}
		if (!this.refusals.isEmpty()) {
			throw this.refusals.remove(0);
		}
		String id = "wamid." + UUID.randomUUID();
		this.sent.add(new Sent(to, content, id));
		return id;
	}

	/** Relay tests fetch no files. */
	@Override
	public MediaFile media(String mediaId, long largest) {
		throw MediaUnavailable.gone();
	}

}
