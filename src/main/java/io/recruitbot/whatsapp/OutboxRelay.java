package io.recruitbot.whatsapp;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves outbox jobs to WhatsApp, at least once and in order per recipient. Several instances may share one database:
 * claims use {@code FOR UPDATE SKIP LOCKED}. It wakes as soon as a local enqueue commits and otherwise polls, to see
 * jobs written by other instances and retries that fell due.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

	private final OutboxJobs jobs;

	private final MessageDelivery delivery;

	private final RelaySettings settings;

	private final Clock clock;

	private final String name = relayName();

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private Instant nextRecovery = Instant.MIN;

	private Thread loop;

	private ExecutorService senders;

	OutboxRelay(OutboxJobs jobs, MessageDelivery delivery, RelaySettings settings, Clock clock) {
		this.jobs = jobs;
		this.delivery = delivery;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Delivers what is due now: first returns jobs of dead relays to the queue, then claims and sends one job per
	 * recipient, several recipients at a time. Answers how many jobs it claimed.
	 */
	int relayOnce() throws InterruptedException {
		Instant now = this.clock.instant();
		// leases last minutes: looking for expired ones once per poll interval is enough, not on every wake-up
		if (!now.isBefore(this.nextRecovery)) {
			this.jobs.recoverExpiredLeases(now, this.settings.maxAttempts());
			this.nextRecovery = now.plus(this.settings.pollInterval());
		}
		// claim no more than can be sent at once: a claimed job waiting for a free sender would burn its lease
		List<OutboxJob> claimed = this.jobs.claim(this.name, this.settings.concurrency(), now,
				this.settings.lease());
		List<Callable<Void>> sends = new ArrayList<>();
		for (OutboxJob job : claimed) {
			sends.add(() -> {
				this.delivery.deliver(job, this.name);
				return null;
			});
		}
		// a thread is interrupted only on shutdown; invokeAll still waits for sends already on the wire
		senders().invokeAll(sends);
		return claimed.size();
	}

	/** Wakes the relay once the enqueueing transaction has committed (before that, the rows are invisible). */
	@EventListener
	void on(OutboxMessageQueued queued) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	private void wake() {
		if (this.wakeUp.availablePermits() == 0) {
			this.wakeUp.release();
		}
	}

	private void run() {
		while (this.running) {
			try {
				if (relayOnce() == 0) {
					this.wakeUp.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
					this.wakeUp.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay round failed; trying again shortly: {}", ex.toString());
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(this.settings.pollInterval().multipliedBy(5).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void start() {
		if (!this.settings.enabled() || this.running) {
			return;
		}
		this.running = true;
		this.loop = new Thread(this::run, "outbox-relay");
		this.loop.setDaemon(true);
		this.loop.start();
		log.info("Outbox relay {} started", this.name);
	}

	/** Lets sends already on the wire finish and record their answer, then stops. */
	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		wake();
		try {
			// the loop ends once its round (and the sends in it) is done; a send still hanging after this keeps its
			// SENDING row and lease, and the lease rule decides about it later
			this.loop.join(SHUTDOWN_WAIT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.senders != null) {
			this.senders.shutdownNow();
		}
		log.info("Outbox relay {} stopped", this.name);
	}

	/** Stops after the web server, so replies written by the last requests are still picked up on the next start. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private synchronized ExecutorService senders() {
		if (this.senders == null || this.senders.isShutdown()) {
			AtomicInteger count = new AtomicInteger();
			this.senders = Executors.newFixedThreadPool(this.settings.concurrency(), (task) -> {
				Thread sender = new Thread(task, "outbox-sender-" + count.incrementAndGet());
				sender.setDaemon(true);
				return sender;
			});
		}
		return this.senders;
	}

	String name() {
		return this.name;
	}

	private static String relayName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "unknown";
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + suffix;
	}

}
