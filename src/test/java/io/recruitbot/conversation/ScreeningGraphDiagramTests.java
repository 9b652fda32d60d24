package io.recruitbot.conversation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/screening.md} shows the graph as it is defined. Run with {@code -Ddiagram.update=true} to rewrite the
 * diagram there after changing {@link ScreeningGraph}.
 */
class ScreeningGraphDiagramTests {

	static final String BEGIN = "<!-- screening-graph:begin -->";

	static final String END = "<!-- screening-graph:end -->";

	private final ScreeningGraph graph = drawableGraph();

	@Test
	void theDiagramShowsEveryAgentAndRoute() {
		assertThat(this.graph.mermaid()).contains(ScreeningGraph.ROUTER, ScreeningGraph.EXTRACTION,
				ScreeningGraph.CONVERSATION, ScreeningGraph.VACANCY_QUESTION, ScreeningGraph.OPT_OUT,
				ScreeningGraph.HANDOFF, ScreeningGraph.ERASURE, ScreeningGraph.REPLY);
	}

	@Test
	void theReadmeShowsTheCurrentGraph() throws IOException {
		Path readme = Path.of("docs", "screening.md");
		String text = Files.readString(readme);
		String block = BEGIN + "\n```mermaid\n" + this.graph.mermaid().strip() + "\n```\n" + END;
		if (Boolean.getBoolean("diagram.update")) {
			text = text.substring(0, text.indexOf(BEGIN)) + block + text.substring(text.indexOf(END) + END.length());
			Files.writeString(readme, text);
		}
		assertThat(text).as("docs/screening.md diagram is stale: run ./mvnw test -Dtest=ScreeningGraphDiagramTests -Ddiagram.update=true")
			.contains(block);
	}

	/** The graph's definition needs no collaborators to be drawn: its nodes never run here. */
	private static ScreeningGraph drawableGraph() {
		try {
			ScreeningScript script = new ScreeningScript(null, null, null);
			Conversation conversation = new Conversation(script, null, null, null, null);
			return new ScreeningGraph(new Router(null, null, null, null), new Extraction(null, null), conversation,
					new VacancyQuestions(null, null, conversation, script), new OptOut(script), new Handoff(script),
					new ErasureRequest(script, conversation), new Replies(null, null, null, null),
					new SimpleMeterRegistry());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
