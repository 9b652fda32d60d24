import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Latency of one endpoint from a client's point of view: sequential GETs over one keep-alive connection after a
 * warm-up, printed as "path p50 p99 max" in milliseconds.
 *
 * java bench/startup/HealthLatency.java http://127.0.0.1:8083 /health 2000
 */
public class HealthLatency {

	public static void main(String[] arguments) throws Exception {
		String base = arguments[0];
		String path = arguments[1];
		int requests = Integer.parseInt(arguments[2]);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build();
		for (int i = 0; i < Math.max(200, requests / 5); i++) {
			client.send(request, HttpResponse.BodyHandlers.discarding());
		}
		long[] nanos = new long[requests];
		int failures = 0;
		for (int i = 0; i < requests; i++) {
			long started = System.nanoTime();
			HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
			nanos[i] = System.nanoTime() - started;
			if (response.statusCode() >= 400) {
				failures++;
			}
		}
		Arrays.sort(nanos);
		System.out.printf("%-18s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d requests, %d non-2xx)%n", path,
				millis(nanos, 0.50), millis(nanos, 0.99), nanos[requests - 1] / 1e6, requests, failures);
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
	}

}
