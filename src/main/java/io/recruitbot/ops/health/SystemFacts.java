package io.recruitbot.ops.health;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the process looks like from inside: Java, processors, memory. Nothing about the host's network or users.
 */
final class SystemFacts {

	private static final long MB = 1024 * 1024;

	private SystemFacts() {
	}

	static Map<String, Object> now() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("javaVersion", Runtime.version().toString());
		facts.put("availableProcessors", Runtime.getRuntime().availableProcessors());
		facts.put("heapUsedMb", heap.getUsed() / MB);
		facts.put("heapMaxMb", heap.getMax() / MB);
		facts.put("residentMemoryMb", residentMemoryMb());
		facts.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
		return facts;
	}

	/** The resident set size from /proc on Linux; null elsewhere. */
	static Long residentMemoryMb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: the figure is simply not shown
		}
		return null;
	}

}
