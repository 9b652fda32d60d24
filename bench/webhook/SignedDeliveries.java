import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes signed Meta webhook deliveries for {@code load.lua}: one file per wrk thread, one delivery per line as
 * {@code signature TAB body}. Every delivery is a text message with an id of its own (so none is deduplicated away),
 * from one of 5,000 candidates, in timestamp order per candidate.
 *
 * <pre>
 * java bench/webhook/SignedDeliveries.java --secret bench-secret --out target/bench-deliveries/measure \
 *     --threads 2 --per-thread 200000 --run measure
 * </pre>
 */
public class SignedDeliveries {

	public static void main(String[] args) throws Exception {
		String secret = option(args, "secret", "bench-secret");
		Path out = Path.of(option(args, "out", "target/bench-deliveries"));
		int threads = Integer.parseInt(option(args, "threads", "2"));
		int perThread = Integer.parseInt(option(args, "per-thread", "100000"));
		String run = option(args, "run", "run") + "-" + Long.toString(System.nanoTime(), 36);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		Files.createDirectories(out);
		long n = 0;
		for (int thread = 1; thread <= threads; thread++) {
			try (BufferedWriter file = Files.newBufferedWriter(out.resolve("deliveries-" + thread + ".txt"))) {
				for (int i = 0; i < perThread; i++, n++) {
					byte[] body = text("wamid.BENCH-" + run + "-" + n, "3161" + String.format("%07d", n % 5000),
							1764316800L + n, "I am looking for work, message " + n);
					file.write("sha256=" + HexFormat.of().formatHex(mac.doFinal(body)));
					file.write('\t');
					file.write(new String(body, StandardCharsets.UTF_8));
					file.write('\n');
				}
			}
		}
		System.out.printf("%d signed deliveries in %s%n", n, out);
	}

	private static byte[] text(String id, String phone, long timestamp, String body) {
		return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
				+ "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"31850000000\","
				+ "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\""
				+ phone + "\"}],\"messages\":[{\"from\":\"" + phone + "\",\"id\":\"" + id + "\",\"timestamp\":\""
				+ timestamp + "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}]},\"field\":\"messages\"}]}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--" + name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
