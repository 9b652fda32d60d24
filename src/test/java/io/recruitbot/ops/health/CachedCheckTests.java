package io.recruitbot.ops.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.recruitbot.system.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachedCheckTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));

	@Test
	void aCheckThatFinishesAtOnceDoesNotPinItsAnswer() {
		AtomicReference<ComponentReport> answer = new AtomicReference<>(
				new ComponentReport(ComponentReport.UP, "answers", 1L, Map.of()));
		// a direct executor finishes the check before start() returns, the tightest form of the race
		CachedCheck check = new CachedCheck(answer::get, Runnable::run, this.clock, Duration.ofSeconds(1),
				Duration.ofSeconds(2));

		assertThat(check.report(Duration.ofMillis(75)).up()).isTrue();
		answer.set(ComponentReport.down("unreachable", 1L));
		this.clock.advance(Duration.ofSeconds(2));

		assertThat(check.report(Duration.ofMillis(75)).up()).isFalse();
	}

	@Test
	void aFreshAnswerIsServedWithoutCheckingAgain() {
		AtomicReference<Integer> checks = new AtomicReference<>(0);
		CachedCheck check = new CachedCheck(() -> {
			checks.set(checks.get() + 1);
			return new ComponentReport(ComponentReport.UP, "answers", 1L, Map.of());
		}, Runnable::run, this.clock, Duration.ofSeconds(1), Duration.ofSeconds(2));

		check.report(Duration.ofMillis(75));
		check.report(Duration.ofMillis(75));

		assertThat(checks.get()).isEqualTo(1);
	}

	@Test
	void aCheckThatThrowsAnErrorIsDownInsteadOfKeepingItsLastAnswer() {
		AtomicReference<Boolean> broken = new AtomicReference<>(false);
		CachedCheck check = new CachedCheck(() -> {
			if (broken.get()) {
				// what a class that can no longer be loaded throws, for one
				throw new NoClassDefFoundError("io/lettuce/core/internal/Exceptions");
			}
			return new ComponentReport(ComponentReport.UP, "answers", 1L, Map.of());
		}, Runnable::run, this.clock, Duration.ofSeconds(1), Duration.ofSeconds(2));

		assertThat(check.report(Duration.ofMillis(75)).up()).isTrue();
		broken.set(true);
		this.clock.advance(Duration.ofSeconds(2));

		ComponentReport report = check.report(Duration.ofMillis(75));
		assertThat(report.up()).isFalse();
		assertThat(report.message()).isEqualTo("check failed: NoClassDefFoundError");
	}

}
