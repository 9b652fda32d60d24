package io.recruitbot.conversation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.recruitbot.RecruitbotApplication;
import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.conversation.Personas.Persona;
import io.recruitbot.intake.InboundMessage;
import io.recruitbot.intake.InboundType;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages per second through the full offline workflow (what an inbox worker does: candidate, transcript, engine)
 * on PostgreSQL, with the checkpoints in PostgreSQL or Redis. Each simulated candidate plays a persona of
 * {@code screening-dev.json} from "hi" to the outcome on one thread, like the inbox does; several candidates run at
 * once. Outbound HTTP is excluded (sandbox gateway). Run by {@code bench/workflow/run.sh}.
 */
class WorkflowBench {

	private static final int CANDIDATES = Integer.getInteger("bench.candidates", 200);

	private static final int THREADS = Integer.getInteger("bench.threads", 4);

	/** Seconds of screening before measuring: the JIT compiler needs them, as the webhook benchmark's note says. */
	private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 40);

	private static final String CHECKPOINTS = System.getProperty("bench.checkpoints", "postgresql");

	@Test
	void measure() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecruitbotApplication.class).run(
				"--server.port=0", "--recruitbot.database.url=" + TestDatabases.POSTGRES_URL,
				"--recruitbot.redis.url=" + (CHECKPOINTS.equals("redis") ? TestDatabases.REDIS_URL : ""),
				// the production pool, not the small one the test configuration gives every test context
				"--recruitbot.database.pool-size=20", "--logging.level.io.recruitbot=WARN")) {
			List<Persona> personas = Personas.personas().filter((persona) -> persona.id().startsWith("dev-")).toList();
			long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
			while (System.nanoTime() < warm) {
				run(app, personas, THREADS * 10);
			}
			MeterRegistry meters = app.getBean(MeterRegistry.class);
			Map<String, Double> before = nodeTimes(meters);
			long started = System.nanoTime();
			List<Long> latencies = run(app, personas, CANDIDATES);
			double seconds = (System.nanoTime() - started) / 1e9;
			Map<String, Double> spent = nodeTimes(meters);
			spent.replaceAll((node, total) -> total - before.getOrDefault(node, 0.0));
			assertThat(latencies).as("every candidate was screened to the end").hasSizeGreaterThanOrEqualTo(CANDIDATES * 5);
			report(latencies, seconds, spent);
		}
	}

	private static List<Long> run(ConfigurableApplicationContext app, List<Persona> personas, int candidates)
			throws Exception {
		ExecutorService workers = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<Long>>> conversations = new ArrayList<>();
			for (int i = 0; i < candidates; i++) {
				Persona persona = personas.get(i % personas.size());
				conversations.add(workers.submit(() -> converse(app, persona)));
			}
			List<Long> latencies = new ArrayList<>();
			for (Future<List<Long>> conversation : conversations) {
				latencies.addAll(conversation.get());
			}
			return latencies;
		}
		finally {
			workers.shutdown();
			workers.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	/** One candidate from opening to outcome; returns the time each message took. */
	private static List<Long> converse(ConfigurableApplicationContext app, Persona persona) {
		ScreeningEngine engine = app.getBean(ScreeningEngine.class);
		CandidateRepository candidates = app.getBean(CandidateRepository.class);
		Transcript records = app.getBean(Transcript.class);
		String phone = "3197" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
		List<Long> latencies = new ArrayList<>();
		String text = persona.opening();
		for (int turn = 0; turn < 30 && text != null; turn++) {
			InboundMessage message = new InboundMessage("wamid.bench-" + UUID.randomUUID(), phone,
					persona.profileName(), Instant.now(), InboundType.TEXT, text, null, null, null);
			long started = System.nanoTime();
			Candidate candidate = candidates.findOrCreate(phone, message.profileName());
			records.recordInbound(candidate.id(), new ReceivedMessage(message.providerMessageId(), "text", text, null,
					null, null, message.sentAt()));
			engine.handle(message, candidate, SoleWorkerClaim.of(message));
			latencies.add(System.nanoTime() - started);
			text = engine.state(candidate.id())
				.map((view) -> ((Map<?, ?>) view.get("state")).get(ScreeningState.AWAITING_FIELD))
				.map((field) -> persona.answer((String) field))
				.map((answer) -> answer.asString())
				.orElse(null);
		}
		if (text != null) {
			throw new IllegalStateException(persona + " was still being screened after 30 messages");
		}
		return latencies;
	}

	private static Map<String, Double> nodeTimes(MeterRegistry meters) {
		Map<String, Double> times = new TreeMap<>();
		for (Timer timer : meters.find(ScreeningGraph.STEP_TIMER).timers()) {
			times.merge(timer.getId().getTag("node"), timer.totalTime(TimeUnit.MILLISECONDS), Double::sum);
		}
		return times;
	}

	private static void report(List<Long> latencies, double seconds, Map<String, Double> spent) throws IOException {
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		double total = spent.values().stream().mapToDouble(Double::doubleValue).sum();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "checkpoints: %s, database: PostgreSQL, %d candidates, %d messages, %d threads, %d cores%n",
				CHECKPOINTS, CANDIDATES, sorted.length, THREADS, Runtime.getRuntime().availableProcessors()));
		out.append(String.format(Locale.ROOT, "throughput: %.0f messages/s%n", sorted.length / seconds));
		out.append(String.format(Locale.ROOT, "latency per message: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6));
		out.append("share of time per node:");
		spent.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach((node) -> out.append(String.format(Locale.ROOT, " %s %.0f%%", node.getKey(),
					100 * node.getValue() / total)));
		out.append(System.lineSeparator());
		System.out.print(out);
		Path results = Path.of("bench", "results", "workflow-" + CHECKPOINTS + ".txt");
		Files.createDirectories(results.getParent());
		Files.writeString(results, out.toString());
	}

	private static double percentile(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(index, 0)] / 1e6;
	}

}
