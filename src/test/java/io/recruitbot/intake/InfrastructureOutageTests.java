package io.recruitbot.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedList;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.recruitbot.system.MovableClock;
import org.bsc.langgraph4j.CompileConfig;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphInput;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.checkpoint.Checkpoint;
import org.bsc.langgraph4j.checkpoint.MemorySaver;
import org.bsc.langgraph4j.state.AgentState;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bsc.langgraph4j.StateGraph.END;
import static org.bsc.langgraph4j.StateGraph.START;
import static org.bsc.langgraph4j.action.AsyncNodeAction.node_async;

class InfrastructureOutageTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T08:00:00Z"));

	private final InfrastructureOutage outage = new InfrastructureOutage(new InboxSettings(4, Duration.ofSeconds(1),
			Duration.ofSeconds(30), 5, Duration.ofSeconds(2), Duration.ofDays(7), Duration.ofMillis(1),
			Duration.ofSeconds(1), Duration.ofSeconds(30)), this.clock, new SimpleMeterRegistry());

	@Test
	void aCheckpointStoreThatCannotReachRedisIsAnOutageThroughTheGraph() throws Exception {
		MemorySaver unreachable = new MemorySaver() {
			@Override
			protected LinkedList<Checkpoint> loadCheckpoints(RunnableConfig config) {
				throw new RedisConnectionFailureException("Unable to connect to 127.0.0.1:6379");
			}
		};
		CompiledGraph<AgentState> graph = new StateGraph<>(AgentState::new).addNode("step", node_async((s) -> Map.of()))
			.addEdge(START, "step")
			.addEdge("step", END)
			.compile(CompileConfig.builder().checkpointSaver(unreachable).build());
		Throwable failure = catchThrowable(() -> graph.invoke(GraphInput.args(Map.of()),
				RunnableConfig.builder().threadId("candidate").build()));
		assertThat(failure).isNotNull();
		assertThat(InfrastructureOutage.isInfrastructure(failure)).isTrue();
	}

	@Test
	void aLostDatabaseIsAnOutageAndAMessageTheDatabaseRefusesIsNot() {
		assertThat(InfrastructureOutage.isInfrastructure(new CannotGetJdbcConnectionException("pool empty"))).isTrue();
		assertThat(InfrastructureOutage.isInfrastructure(new CannotCreateTransactionException("no connection")))
			.isTrue();
		assertThat(InfrastructureOutage.isInfrastructure(new DataIntegrityViolationException("too long"))).isFalse();
		assertThat(InfrastructureOutage.isInfrastructure(new IllegalStateException("a bug"))).isFalse();
	}

	@Test
	void thePauseDoublesWithEachFailureInARowUpToItsCapAndEndsWithASuccess() {
		RuntimeException down = new RedisConnectionFailureException("down");
		assertThat(this.outage.began(down)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.outage.began(down)).as("the other workers' failures during a pause count once")
			.isEqualTo(Duration.ofSeconds(1));
		for (long seconds : new long[] { 2, 4, 8, 16, 30, 30 }) {
			this.clock.advance(this.outage.remaining());
			assertThat(this.outage.began(down)).isEqualTo(Duration.ofSeconds(seconds));
		}
		assertThat(this.outage.paused()).isTrue();
		this.outage.ended();
		assertThat(this.outage.paused()).isFalse();
		assertThat(this.outage.began(down)).isEqualTo(Duration.ofSeconds(1));
	}

}
