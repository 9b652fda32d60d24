package io.recruitbot.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import io.recruitbot.intake.Inbox.Arrival;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Group commit for webhook deliveries. Requests that arrive together are written by one statement and one commit,
 * each request waiting until its own batch is durable: under load the database does a fraction of the statements and
 * commits. While deliveries come in faster than one at a time, the writer also waits a short window (the
 * {@code group-commit-window} setting) for more before it writes; when traffic is light a batch is a single delivery,
 * written at once, so nothing waits for company. A batch the database refuses is written again delivery by delivery,
 * so that one bad delivery cannot fail the others.
 */
@Component
class InboxWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWriter.class);

	private static final int MOST_MESSAGES_PER_BATCH = 250;

	/** Longer than any healthy commit and shorter than a provider's own webhook timeout. */
	private static final long ACKNOWLEDGE_WITHIN_MS = 8_000;

	private final Inbox inbox;

	private final long windowNanos;

	private final BlockingQueue<Delivery> waiting = new ArrayBlockingQueue<>(20_000);

	private volatile Thread writer;

	private volatile boolean running;

	InboxWriter(Inbox inbox, InboxSettings settings) {
		this.inbox = inbox;
		this.windowNanos = settings.groupCommitWindow().toNanos();
	}

	/**
	 * Stores the messages and returns once they are committed, with how many were new (not stored before).
	 * @throws DataAccessException when they could not be stored: the delivery must not be acknowledged
	 */
	int store(String provider, List<InboundMessage> messages) {
		Delivery delivery = new Delivery(messages.stream().map((message) -> new Arrival(provider, message)).toList());
		if (!this.running || !this.waiting.offer(delivery)) {
			throw new TransientDataAccessResourceException("The inbox is not taking deliveries right now");
		}
		try {
			return delivery.stored().get(ACKNOWLEDGE_WITHIN_MS, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof DataAccessException failure) ? failure
					: new DataAccessResourceFailureException("The inbox could not store the delivery", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new TransientDataAccessResourceException("The inbox did not store the delivery in time");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransientDataAccessResourceException("Interrupted while storing the delivery");
		}
	}

	private void write() {
		List<Delivery> batch = new ArrayList<>();
		boolean busy = false;
		while (this.running || !this.waiting.isEmpty()) {
			try {
				Delivery first = this.waiting.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					busy = false;
					continue;
				}
				if (busy && this.windowNanos > 0) {
					// the last batch had company: more deliveries are on their way, so gather them for one commit
					LockSupport.parkNanos(this, this.windowNanos);
				}
				batch.add(first);
				int messages = first.arrivals().size();
				for (Delivery next; messages < MOST_MESSAGES_PER_BATCH && (next = this.waiting.poll()) != null;) {
					batch.add(next);
					messages += next.arrivals().size();
				}
				busy = batch.size() > 1;
				writeTogether(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void writeTogether(List<Delivery> batch) {
		if (batch.size() == 1) {
			writeAlone(batch.get(0));
			return;
		}
		// one row per message id: the same message redelivered within one batch is stored once
		Map<String, Arrival> distinct = new LinkedHashMap<>();
		batch.forEach((delivery) -> delivery.arrivals()
			.forEach((arrival) -> distinct.putIfAbsent(arrival.message().providerMessageId(), arrival)));
		try {
			int fresh = this.inbox.store(List.copyOf(distinct.values()));
			// the batch's new rows are shared out in order; a delivery only needs to know whether it brought news
			for (Delivery delivery : batch) {
				int mine = Math.min(fresh, delivery.arrivals().size());
				fresh -= mine;
				delivery.stored().complete(mine);
			}
		}
		catch (DataAccessResourceFailureException ex) {
			batch.forEach((delivery) -> delivery.stored().completeExceptionally(ex));
		}
		catch (RuntimeException ex) {
			log.warn("A batch of {} deliveries was refused ({}); storing them one by one", batch.size(),
					ex.getClass().getSimpleName());
			batch.forEach(this::writeAlone);
		}
	}

	private void writeAlone(Delivery delivery) {
		try {
			delivery.stored().complete(this.inbox.store(delivery.arrivals()));
		}
		catch (RuntimeException ex) {
			delivery.stored().completeExceptionally(ex);
		}
	}

	/**
	 * One writer: it writes while the next batch gathers, and a single writer makes the largest batches, which is
	 * what keeps the database's work per delivery low.
	 */
	@Override
	public synchronized void start() {
		this.running = true;
		this.writer = new Thread(this::write, "inbox-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** New deliveries are refused (503, so the provider retries); those already waiting are still written. */
	@Override
	public synchronized void stop() {
		this.running = false;
		try {
			if (this.writer != null) {
				this.writer.join(ACKNOWLEDGE_WITHIN_MS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops after the web server (which stops first, at a higher phase) so that every accepted request is answered. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record Delivery(List<Arrival> arrivals, CompletableFuture<Integer> stored) {

		Delivery(List<Arrival> arrivals) {
			this(arrivals, new CompletableFuture<>());
		}

	}

}
