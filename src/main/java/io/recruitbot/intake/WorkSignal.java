package io.recruitbot.intake;

import java.time.Duration;

/**
 * How idle workers learn about new work without missing it: a counter of wake-ups. A worker notes the count before
 * it looks for work and, finding none, sleeps only if nothing was signalled since, so a delivery stored between its
 * look and its sleep still wakes it at once.
 */
final class WorkSignal {

	private long wakeUps;

	synchronized void wakeAll() {
		this.wakeUps++;
		notifyAll();
	}

	synchronized long wakeUpsSoFar() {
		return this.wakeUps;
	}

	/** Waits for a wake-up or the timeout; returns at once if one came since {@code seen}. */
	synchronized void awaitAfter(long seen, Duration timeout) {
		if (this.wakeUps != seen) {
			return;
		}
		try {
			wait(Math.max(1, timeout.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
