package io.recruitbot.ops.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files against the running service: Railway's health check path and the image's HEALTHCHECK must be
 * endpoints that answer 200, and railway.toml may use only the keys Railway documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RailwayConfigurationIntegrationTests {

	// https://docs.railway.com/config-as-code/reference
	private static final Set<String> BUILD_KEYS = Set.of("builder", "watchPatterns", "buildCommand", "dockerfilePath",
			"railpackVersion", "nixpacksPlan", "nixpacksConfigPath", "nixpacksVersion");

	private static final Set<String> DEPLOY_KEYS = Set.of("startCommand", "preDeployCommand", "numReplicas",
			"multiRegionConfig", "healthcheckPath", "healthcheckTimeout", "restartPolicyType", "restartPolicyMaxRetries",
			"cronSchedule", "sleepApplication", "overlapSeconds", "drainingSeconds", "region", "runtime",
			"limitOverride", "requiredMountPath");

	@LocalServerPort
	int port;

	private final TomlParseResult railway = parse();

	@Test
	void railwayTomlUsesOnlyDocumentedSectionsAndKeys() {
		assertThat(this.railway.keySet()).containsExactlyInAnyOrder("build", "deploy");
		assertThat(table("build").keySet()).isSubsetOf(BUILD_KEYS);
		assertThat(table("deploy").keySet()).isSubsetOf(DEPLOY_KEYS);
		assertThat(table("deploy").getString("restartPolicyType")).isIn("ON_FAILURE", "ALWAYS", "NEVER");
		assertThat(table("deploy").getLong("healthcheckTimeout")).isPositive();
		assertThat(table("deploy").getLong("numReplicas")).isPositive();
	}

	@Test
	void railwayBuildsTheProductionDockerfileAndStartsItsStartScript() throws IOException {
		assertThat(table("build").getString("builder")).isEqualTo("DOCKERFILE");
		Path dockerfile = Script.ROOT.resolve(table("build").getString("dockerfilePath"));
		assertThat(dockerfile).exists();
		String startCommand = table("deploy").getString("startCommand");
		assertThat(startCommand).isEqualTo("/app/start.sh");
		assertThat(Files.readString(dockerfile)).contains("WORKDIR /app", "COPY --chmod=755 start.sh");
	}

	@Test
	void railwaysHealthCheckPathIsAnEndpointThatAnswers200() throws Exception {
		String path = table("deploy").getString("healthcheckPath");
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"status\":\"ready\"");
	}

	@Test
	void theImagesHealthcheckScriptPassesAgainstTheRunningService() throws Exception {
		Script.assumeOnPath("bash");
		assertThat(Files.readString(Script.ROOT.resolve("healthcheck.sh"))).contains("/health/liveness");
		assertThat(Script.run(Map.of("PORT", String.valueOf(this.port)), "bash", "healthcheck.sh").exitCode()).isZero();
		// the training start of the image's build waits for readiness with it
		assertThat(Script.run(Map.of("PORT", String.valueOf(this.port)), "bash", "healthcheck.sh", "/health/readiness")
			.exitCode()).isZero();
		assertThat(Script.run(Map.of("PORT", String.valueOf(this.port)), "bash", "healthcheck.sh", "/health/nowhere")
			.exitCode()).isNotZero();
	}

	@Test
	void theImageRunsALayeredJarAsANonRootUserSizedForItsContainer() throws IOException {
		String dockerfile = Files.readString(Script.ROOT.resolve("Dockerfile.production"));
		// Railway builds with the defaults: Temurin's JDK to build and jlink, a slim Debian to run
		assertThat(dockerfile).contains("ARG JDK_IMAGE=eclipse-temurin:17-jdk", "ARG RUNTIME_IMAGE=debian:bookworm-slim",
				"ARG JAR_FROM=maven", "FROM ${RUNTIME_IMAGE}", "jlink");
		assertThat(dockerfile).contains("dependency:go-offline", "-Djarmode=tools", "extract --layers",
				"ARG GIT_COMMIT_SHA", "-XX:MaxRAMPercentage", "USER recruitbot", "HEALTHCHECK",
				"record-class-data.sh \"$CDS_ARCHIVE\"", "MALLOC_ARENA_MAX=2",
				"EMBEDDING_MODEL_DIR=/app/model", "EMBEDDED_DATABASE_TEMPLATE=/app/template/recruitbot.mv.db");
	}

	private TomlTable table(String name) {
		return this.railway.getTable(name);
	}

	private static TomlParseResult parse() {
		try {
			TomlParseResult result = Toml.parse(Script.ROOT.resolve("railway.toml"));
			assertThat(result.errors()).isEmpty();
			return result;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
