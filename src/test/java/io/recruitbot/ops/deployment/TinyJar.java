package io.recruitbot.ops.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A runnable jar that stands in for the application, to see how start.sh launches the JVM. */
final class TinyJar {

	private static final String SOURCE = """
			public class Tiny {
				public static void main(String[] arguments) {
					System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
					System.out.println("arguments " + java.util.Arrays.toString(arguments));
					System.out.println("pid " + ProcessHandle.current().pid());
					System.out.println("jvm options " + java.lang.management.ManagementFactory.getRuntimeMXBean()
						.getInputArguments());
				}
			}
			""";

	private static final String READY_SOURCE = """
			public class Tiny {
				public static void main(String[] arguments) throws Exception {
					var server = com.sun.net.httpserver.HttpServer.create(
						new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("PORT"))), 0);
					server.createContext("/health/readiness", exchange -> {
						exchange.sendResponseHeaders(200, -1);
						exchange.close();
					});
					server.start();
				}
			}
			""";

	private TinyJar() {
	}

	/** Prints its heap, arguments, process id and JVM options, then exits. */
	static Path printingMaxHeapAndArguments(Path directory) throws IOException {
		return jar(directory, SOURCE);
	}

	/** Answers 200 on /health/readiness at PORT until it is stopped. */
	static Path readyUntilStopped(Path directory) throws IOException {
		return jar(directory, READY_SOURCE);
	}

	private static Path jar(Path directory, String program) throws IOException {
		Path source = Files.writeString(directory.resolve("Tiny.java"), program);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler.run(null, null, null, "-d", directory.toString(), source.toString()) != 0) {
			throw new IllegalStateException("Tiny.java did not compile");
		}
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Tiny");
		Path jar = directory.resolve("tiny.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			out.putNextEntry(new JarEntry("Tiny.class"));
			Files.copy(directory.resolve("Tiny.class"), out);
			out.closeEntry();
		}
		return jar;
	}

}
