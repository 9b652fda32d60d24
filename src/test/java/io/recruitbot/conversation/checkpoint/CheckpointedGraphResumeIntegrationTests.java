package io.recruitbot.conversation.checkpoint;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.TestDatabases;
import org.bsc.langgraph4j.CompileConfig;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphInput;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.state.AgentState;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bsc.langgraph4j.StateGraph.END;
import static org.bsc.langgraph4j.StateGraph.START;
import static org.bsc.langgraph4j.action.AsyncNodeAction.node_async;

/**
 * A two-step LangGraph4j graph, compiled with each store, stops after asking; after a "restart" (a new graph and a new
 * store object on the same storage) the candidate's answer resumes it from the checkpoint without asking again.
 */
class CheckpointedGraphResumeIntegrationTests {

	private static final CheckpointJson JSON = new CheckpointJson(JsonMapper.builder().build());

	private final AtomicInteger questionsAsked = new AtomicInteger();

	@Test
	void aConversationInPostgresqlResumesAfterARestart() throws Exception {
		try (HikariDataSource database = TestDatabases.POSTGRESQL.migrated()) {
			resumesAfterRestart(() -> jdbcStore(database));
		}
	}

	@Test
	void aConversationInH2ResumesAfterARestart() throws Exception {
		try (HikariDataSource database = TestDatabases.H2.migrated()) {
			resumesAfterRestart(() -> jdbcStore(database));
		}
	}

	@Test
	void aConversationInRedisResumesAfterARestart() throws Exception {
		LettuceConnectionFactory connection = TestRedis.connect();
		try {
			StringRedisTemplate redis = new StringRedisTemplate(connection);
			resumesAfterRestart(() -> new RedisCheckpointSaver(redis, JSON, CheckpointSettings.defaults()));
		}
		finally {
			connection.destroy();
		}
	}

	private void resumesAfterRestart(Supplier<CheckpointStore> stores) throws Exception {
		RunnableConfig conversation = CandidateThreads.configFor(UUID.randomUUID());

		var beforeRestart = screening(stores.get()).invoke(Map.of("candidate", "Sanne"), conversation).orElseThrow();
		assertThat(beforeRestart.<String>value("question")).contains("Which city do you live in?");
		assertThat(beforeRestart.value("answer")).isEmpty();

		CompiledGraph<AgentState> afterRestart = screening(stores.get());
		assertThat(afterRestart.getState(conversation).next()).isEqualTo("record");
		var resumed = afterRestart.invoke(GraphInput.resume(), conversation).orElseThrow();

		assertThat(resumed.<String>value("answer")).contains("Sanne answered: Which city do you live in?");
		assertThat(this.questionsAsked).as("the question is not asked twice").hasValue(1);
	}

	/** ask, then (after the interruption that waits for the candidate) record. */
	private CompiledGraph<AgentState> screening(CheckpointStore store) throws GraphStateException {
		return new StateGraph<>(AgentState::new).addNode("ask", node_async((state) -> {
			this.questionsAsked.incrementAndGet();
			return Map.of("question", "Which city do you live in?");
		}))
			.addNode("record",
					node_async((state) -> Map.of("answer", state.value("candidate").orElseThrow() + " answered: "
							+ state.value("question").orElseThrow())))
			.addEdge(START, "ask")
			.addEdge("ask", "record")
			.addEdge("record", END)
			.compile(CompileConfig.builder().checkpointSaver(store).interruptBefore("record").build());
	}

	private static JdbcCheckpointSaver jdbcStore(HikariDataSource database) {
		return new JdbcCheckpointSaver(database, JSON, java.time.Clock.systemUTC(),
				CheckpointSettings.defaults());
	}

}
