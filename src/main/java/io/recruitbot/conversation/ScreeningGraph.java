package io.recruitbot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bsc.langgraph4j.CompileConfig;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphRepresentation;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.action.AsyncNodeActionWithConfig;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;

import org.springframework.stereotype.Component;

import static org.bsc.langgraph4j.StateGraph.END;
import static org.bsc.langgraph4j.StateGraph.START;
import static org.bsc.langgraph4j.action.AsyncEdgeAction.edge_async;
import static org.bsc.langgraph4j.action.AsyncNodeAction.node_async;

/**
 * The screening workflow, in one place. Every message runs from the router to the end; the state is checkpointed
 * once per message (see {@code RunCheckpoints}), so a failed run resumes at the node that failed. Side effects happen in one node only: {@code reply}
 * writes the answers, the lifecycle transitions (whose events the candidate module publishes) and the replies in one
 * transaction. Each node is timed as
 * {@code recruitbot.workflow.step{node=...}}.
 */
@Component
class ScreeningGraph {

	static final String ROUTER = "router";
	static final String EXTRACTION = "extraction";
	static final String CONVERSATION = "conversation";
	static final String VACANCY_QUESTION = "vacancyQuestion";
	static final String OPT_OUT = "optOut";
	static final String HANDOFF = "handoff";
	static final String ERASURE = "erasure";
	static final String REPLY = "reply";
	/** Opted out or handed off: the message is recorded (by the inbox) and nothing is said. */
	static final String QUIET = "quiet";

	static final String STEP_TIMER = "recruitbot.workflow.step";

	private final StateGraph<ScreeningState> graph;

	ScreeningGraph(Router router, Extraction extraction, Conversation conversation, VacancyQuestions vacancyQuestions,
			OptOut optOut, Handoff handoff, ErasureRequest erasure, Replies replies, MeterRegistry meters)
			throws GraphStateException {
		this.graph = new StateGraph<>(ScreeningState.SCHEMA, new ScreeningStateSerializer())
			.addNode(ROUTER, node_async(router))
			.addNode(EXTRACTION, node_async(extraction))
			.addNode(CONVERSATION, node_async(conversation))
			.addNode(VACANCY_QUESTION, node_async(vacancyQuestions))
			.addNode(OPT_OUT, node_async(optOut))
			.addNode(HANDOFF, node_async(handoff))
			.addNode(ERASURE, node_async(erasure))
			.addNode(REPLY, AsyncNodeActionWithConfig.node_async(replies))
			.addEdge(START, ROUTER)
			.addConditionalEdges(ROUTER, edge_async(Router::route),
					routes(EXTRACTION, OPT_OUT, HANDOFF, ERASURE).with(QUIET, END))
			.addConditionalEdges(EXTRACTION, edge_async(Extraction::route),
					routes(CONVERSATION, VACANCY_QUESTION))
			.addEdge(CONVERSATION, REPLY)
			.addConditionalEdges(ERASURE, edge_async(ErasureRequest::route),
					routes(REPLY).with(ErasureRequest.ERASE, END))
			.addEdge(VACANCY_QUESTION, REPLY)
			.addEdge(OPT_OUT, REPLY)
			.addEdge(HANDOFF, REPLY)
			.addEdge(REPLY, END)
			.addWrapCallNodeHook((node, state, config, action) -> timed(meters, node, state, config, action));
	}

	CompiledGraph<ScreeningState> compile(BaseCheckpointSaver checkpoints) throws GraphStateException {
		return this.graph.compile(CompileConfig.builder().checkpointSaver(checkpoints).releaseThread(false).build());
	}

	/** The graph as a Mermaid flowchart, as the README shows it. */
	String mermaid() {
		return this.graph.getGraph(GraphRepresentation.Type.MERMAID, "Screening workflow", false).content();
	}

	/** Conditional edge targets, each named as its node, in a stable order (the diagram shows them so). */
	private static Routes routes(String... nodes) {
		Routes routes = new Routes();
		for (String node : nodes) {
			routes.put(node, node);
		}
		return routes;
	}

	private static final class Routes extends LinkedHashMap<String, String> {

		Routes with(String route, String node) {
			put(route, node);
			return this;
		}

	}

	private static CompletableFuture<Map<String, Object>> timed(MeterRegistry meters, String node,
			ScreeningState state, RunnableConfig config, AsyncNodeActionWithConfig<ScreeningState> action) {
		Timer timer = Timer.builder(STEP_TIMER)
			.description("Time spent in one node of the screening workflow")
			.tag("node", node)
			.publishPercentileHistogram()
			.register(meters);
		long started = System.nanoTime();
		return action.apply(state, config)
			.whenComplete((result, failure) -> timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
	}

}
