import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load for the WhatsApp webhook: signed Meta deliveries (one text message each, unique ids, many conversations)
 * posted over many connections, then the same load on a bare endpoint that only answers 200, in the same run.
 *
 * <pre>
 * java bench/webhook/WebhookLoad.java --url http://127.0.0.1:8081/webhooks/whatsapp \
 *     --baseline http://127.0.0.1:8081/health/railway --secret bench-secret \
 *     --connections 64 --warmup 40 --duration 30
 * </pre>
 */
public class WebhookLoad {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		URI webhook = URI.create(options.getOrDefault("url", "http://127.0.0.1:8081/webhooks/whatsapp"));
		URI baseline = URI.create(options.getOrDefault("baseline", "http://127.0.0.1:8081/health/railway"));
		String secret = options.getOrDefault("secret", "bench-secret");
		int connections = Integer.parseInt(options.getOrDefault("connections", "64"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "40"));
		int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
		String run = UUID.randomUUID().toString().substring(0, 8);
		AtomicLong sequence = new AtomicLong();

		IntFunction<HttpRequest> delivery = (worker) -> {
			long n = sequence.incrementAndGet();
			byte[] body = text("wamid.BENCH-" + run + "-" + n, "3161" + String.format("%07d", n % 5000),
					1764316800L + n, "I am looking for work, message " + n);
			return HttpRequest.newBuilder(webhook)
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature-256", sign(secret, body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
		};
		IntFunction<HttpRequest> bare = (worker) -> HttpRequest.newBuilder(baseline).GET().build();

		System.out.printf("warming up %d s (webhook and baseline) over %d connections%n", warmup, connections);
		load(delivery, connections, warmup / 2);
		load(bare, connections, warmup - warmup / 2);
		Result webhookResult = load(delivery, connections, duration);
		Result baselineResult = load(bare, connections, duration);
		System.out.println(webhookResult.describe("webhook  " + webhook));
		System.out.println(baselineResult.describe("baseline " + baseline));
		System.out.printf("ratio webhook/baseline: throughput %.2f, p50 %.2f, p99 %.2f%n",
				webhookResult.perSecond() / baselineResult.perSecond(),
				webhookResult.percentile(50) / baselineResult.percentile(50),
				webhookResult.percentile(99) / baselineResult.percentile(99));
	}

	/** Sends requests back to back on each connection for the given time; every answer's latency is kept. */
	private static Result load(IntFunction<HttpRequest> requests, int connections, int seconds) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<long[]> latencies = new ArrayList<>();
		long[] acknowledged = new long[connections];
		long[] refused = new long[connections];
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			int worker = c;
			long[] samples = new long[2_000_000 / connections];
			latencies.add(samples);
			Thread thread = new Thread(() -> {
				// one client per connection: HTTP/1.1 keep-alive, exactly one request in flight on it
				HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				int count = 0;
				while (System.nanoTime() < end) {
					HttpRequest request = requests.apply(worker);
					long start = System.nanoTime();
					try {
						HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
						long took = System.nanoTime() - start;
						if (response.statusCode() == 200) {
							if (count < samples.length) {
								samples[count++] = took;
							}
							acknowledged[worker]++;
						}
						else {
							refused[worker]++;
						}
					}
					catch (Exception ex) {
						refused[worker]++;
					}
				}
				samples[samples.length - 1] = count;
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long total = Arrays.stream(acknowledged).sum();
		long failed = Arrays.stream(refused).sum();
		long[] all = latencies.stream()
			.flatMapToLong((samples) -> Arrays.stream(samples, 0, (int) samples[samples.length - 1]))
			.sorted()
			.toArray();
		return new Result(total, failed, seconds, all);
	}

	record Result(long acknowledged, long failed, int seconds, long[] sortedNanos) {

		double perSecond() {
			return (double) this.acknowledged / this.seconds;
		}

		double percentile(int p) {
			if (this.sortedNanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.min(this.sortedNanos.length - 1, Math.ceil(p / 100.0 * this.sortedNanos.length) - 1);
			return this.sortedNanos[Math.max(index, 0)] / 1_000_000.0;
		}

		String describe(String what) {
			return String.format("%s: %.0f acknowledged/s (%d in %d s, %d not 200), p50 %.2f ms, p99 %.2f ms", what,
					perSecond(), this.acknowledged, this.seconds, this.failed, percentile(50), percentile(99));
		}

	}

	private static byte[] text(String id, String phone, long timestamp, String body) {
		return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
				+ "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"31850000000\","
				+ "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\""
				+ phone + "\"}],\"messages\":[{\"from\":\"" + phone + "\",\"id\":\"" + id + "\",\"timestamp\":\""
				+ timestamp + "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}]},\"field\":\"messages\"}]}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}
