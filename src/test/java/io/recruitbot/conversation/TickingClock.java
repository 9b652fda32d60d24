package io.recruitbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves a millisecond every time it is read, so rows written in one go keep their order. */
final class TickingClock extends Clock {

	private final AtomicLong millis = new AtomicLong(Instant.parse("2026-03-02T09:00:00Z").toEpochMilli());

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(this.millis.incrementAndGet());
	}

}
