package io.recruitbot.intake;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ErasedPhones;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.intake.InboxClaims.ClaimedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The threads that drain the inbox. Each claims the next message it may process (see {@link InboxClaims}), handles it and
 * marks it done; conversations run in parallel, each conversation strictly one message after the other. Idle workers
 * wake when this instance stores a delivery and poll for deliveries other instances stored. A heartbeat keeps the
 * leases of the messages the workers hold alive; on shutdown the workers finish what they hold (up to 20 s). While the
 * database, Redis or a provider is down they pause (see {@link InfrastructureOutage}) and the message keeps its
 * attempts.
 */
@Component
class InboxWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

	static final String CORRELATION_ID = "correlationId";

	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

	private final InboxClaims claims;

	private final InboxSettings settings;

	private final IntakeMetrics metrics;

	private final Clock clock;

	private final ObjectProvider<ConversationEngine> engine;

	private final CandidateRepository candidates;

	private final Transcript records;

	private final ErasedPhones erasedPhones;

	private final TransactionTemplate transactions;

	private final InfrastructureOutage outage;

	private final MessageFailures failures;

	private final String instance = instanceName();

	private final WorkSignal signal = new WorkSignal();

	private volatile boolean running;

	private final List<Thread> threads = new ArrayList<>();

	/** The claims the workers hold right now: the heartbeat renews these leases and no others. */
	private final Set<ClaimedMessage> held = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService heartbeat;

	private InboundMessageHandling handling;

	InboxWorkers(InboxClaims claims, InboxSettings settings, IntakeMetrics metrics, Clock clock,
			ObjectProvider<ConversationEngine> engine, CandidateRepository candidates, Transcript records,
			ErasedPhones erasedPhones, TransactionTemplate transactions, InfrastructureOutage outage,
			MessageFailures failures) {
		this.claims = claims;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
		this.engine = engine;
		this.candidates = candidates;
		this.records = records;
		this.erasedPhones = erasedPhones;
		this.transactions = transactions;
		this.outage = outage;
		this.failures = failures;
	}

	@Override
	public synchronized void start() {
		ConversationEngine conversations = this.engine.getIfUnique();
		if (conversations == null) {
			log.warn("No conversation engine is deployed: inbound messages are stored in the inbox and wait for one");
			return;
		}
		this.handling = new InboundMessageHandling(this.candidates, this.records, conversations, this.erasedPhones,
				this.transactions);
		this.running = true;
		for (int i = 1; i <= this.settings.workers(); i++) {
			Thread thread = new Thread(this::work, "inbox-worker-" + i);
			this.threads.add(thread);
			thread.start();
		}
		long beat = Math.max(this.settings.lease().toMillis() / 3, 100);
		this.heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "inbox-heartbeat"));
		this.heartbeat.scheduleWithFixedDelay(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS);
		log.info("Inbox workers started: {} threads as {}", this.settings.workers(), this.instance);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		wake();
		long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
		for (Thread thread : this.threads) {
			try {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (thread.isAlive()) {
				// its lease runs out and another instance takes the message over
				log.warn("{} did not finish its message within {} s", thread.getName(), SHUTDOWN_GRACE.toSeconds());
				thread.interrupt();
			}
		}
		this.threads.clear();
		this.heartbeat.shutdownNow();
		log.info("Inbox workers stopped");
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Tells idle workers there is new work, now rather than at their next poll. */
	void wake() {
		this.signal.wakeAll();
	}

	private void work() {
		while (this.running && !Thread.currentThread().isInterrupted()) {
			long seen = this.signal.wakeUpsSoFar();
			Duration pause = this.outage.remaining();
			if (!pause.isZero()) {
				this.signal.awaitAfter(seen, pause);
				continue;
			}
			Optional<ClaimedMessage> claimed;
			try {
				claimed = this.claims.claimNext(this.instance, this.settings.lease());
			}
			catch (RuntimeException ex) {
				this.outage.began(ex);
				claimed = Optional.empty();
			}
			if (claimed.isPresent()) {
				process(claimed.get());
			}
			else {
				this.signal.awaitAfter(seen, this.settings.pollInterval());
			}
		}
	}

	private void process(ClaimedMessage claimed) {
		InboundMessage message = claimed.message();
		// the inbox row, never the provider's id: Meta's message ids carry the sender's phone number
		MDC.put(CORRELATION_ID, "inbox-" + claimed.id());
		Timer.Sample sample = Timer.start();
		this.held.add(claimed);
		try {
			this.handling.handle(message, new HeldClaim(this.claims, claimed));
			if (!this.claims.complete(claimed)) {
				// an erasure deletes the rows of its candidate, the one being processed too
				log.warn("Inbox message {} was erased or taken over before it was done", claimed.id());
			}
			this.outage.ended();
		}
		catch (RuntimeException | Error ex) {
			// an Error too: the message is retried (or dead-lettered) and the worker lives on
			this.failures.failed(claimed, ex);
		}
		finally {
			this.held.remove(claimed);
			sample.stop(this.metrics.processing());
			MDC.remove(CORRELATION_ID);
		}
	}

	private void renewLeases() {
		try {
			if (!this.held.isEmpty()) {
				this.claims.renewLeases(List.copyOf(this.held), this.clock.instant().plus(this.settings.lease()));
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not renew inbox leases: {}", ex.getMessage());
		}
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "unknown-host";
		}
		String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
		return (name.length() > 100) ? name.substring(name.length() - 100) : name;
	}

}
