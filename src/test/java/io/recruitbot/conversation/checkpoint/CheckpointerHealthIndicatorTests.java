package io.recruitbot.conversation.checkpoint;

import java.time.Duration;
import java.util.List;

import org.bsc.langgraph4j.RunnableConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointerHealthIndicatorTests {

	@Test
	void aStoreThatAnswersIsUp() {
		Health health = healthOf(() -> {
		});

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("store", "probe");
	}

	@Test
	void aStoreThatFailsIsDownNamingOnlyTheKindOfFailure() {
		Health health = healthOf(() -> {
			throw new IllegalStateException("connection to 10.0.0.5 refused for +31612345678");
		});

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "IllegalStateException");
		assertThat(health.getDetails().toString()).doesNotContain("31612345678");
	}

	@Test
	void aStoreThatHangsIsDownWithinTheTimeout() {
		long started = System.nanoTime();

		Health health = healthOf(() -> sleep(Duration.ofSeconds(10)));

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	private static Health healthOf(Runnable probe) {
		return new CheckpointerHealthIndicator(new ProbedStore(probe), CheckpointSettings.defaults(), () -> 0L).health();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A store that only answers the reachability probe. */
	private static final class ProbedStore extends EmptyStore {

		private final Runnable probe;

		ProbedStore(Runnable probe) {
			this.probe = probe;
		}

		@Override
		public String kind() {
			return "probe";
		}

		@Override
		public void checkReachable() {
			this.probe.run();
		}

		@Override
		public void deleteThread(String threadId) {
		}

		@Override
		public Tag release(RunnableConfig config) {
			return new Tag(threadId(config), List.of());
		}

	}

}
