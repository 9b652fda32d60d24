package io.recruitbot.console;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The open pages are bounded: one more than {@link LiveUpdates#MAX_OPEN} is refused, a closed one frees its place. */
class LiveUpdatesTests {

	@Test
	void noMoreThanTheMaximumOfPagesListenAtOnce() {
		LiveUpdates updates = new LiveUpdates();
		for (int i = 0; i < LiveUpdates.MAX_OPEN; i++) {
			assertThat(updates.open()).isPresent();
		}
		assertThat(updates.open()).isEmpty();
		assertThat(updates.openCount()).isEqualTo(LiveUpdates.MAX_OPEN);
	}

	@Test
	void aPageThatCannotBeWrittenToIsDropped() {
		LiveUpdates updates = new LiveUpdates();
		updates.open().orElseThrow().complete();
		updates.push(new LiveUpdate("status", UUID.randomUUID(), "QUALIFIED"));
		updates.heartbeat();
		assertThat(updates.openCount()).isZero();
	}

	@Test
	void stoppingTheServiceClosesEveryStreamSoShutdownDoesNotWaitForThem() {
		LiveUpdates updates = new LiveUpdates();
		updates.open();
		updates.open();
		updates.closeAll();
		assertThat(updates.openCount()).isZero();
	}

}
