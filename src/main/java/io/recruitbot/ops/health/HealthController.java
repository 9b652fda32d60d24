package io.recruitbot.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health endpoints of the contract (section 5), built on Actuator: the component indicators from its registry,
 * the liveness and readiness state it keeps (readiness turns to refusing the moment shutdown begins), and its
 * {@code readiness} group for which components are critical.
 */
@RestController
@RequestMapping(path = "/health", produces = "application/json")
class HealthController {

	// readiness must answer within 100 ms even when a dependency hangs
	static final Duration READINESS_BUDGET = Duration.ofMillis(75);

	static final Duration DETAILED_BUDGET = Duration.ofMillis(1500);

	private final ComponentChecks components;

	private final ApplicationAvailability availability;

	private final StartupProgress startup;

	private final DeploymentSettings deployment;

	private final Clock clock;

	HealthController(ComponentChecks components, ApplicationAvailability availability, StartupProgress startup,
			DeploymentSettings deployment, Clock clock) {
		this.components = components;
		this.availability = availability;
		this.startup = startup;
		this.deployment = deployment;
		this.clock = clock;
	}

	@GetMapping
	Map<String, Object> health() {
		return body("healthy", "environment", this.deployment.environment(), "version", this.deployment.version());
	}

	@GetMapping("/liveness")
	ResponseEntity<Map<String, Object>> liveness() {
		boolean alive = this.availability.getLivenessState() != LivenessState.BROKEN;
		return ResponseEntity.status(alive ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(body(alive ? "alive" : "broken", "uptimeSeconds", this.startup.uptimeSeconds()));
	}

	@GetMapping("/readiness")
	ResponseEntity<Map<String, Object>> readiness() {
		List<String> errors = new ArrayList<>();
		if (!this.startup.started()) {
			errors.add("start-up work is not finished");
		}
		else if (this.availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC) {
			errors.add("shutting down");
		}
		Map<String, String> checked = new LinkedHashMap<>();
		this.components.reports(this.components.criticalComponents(), READINESS_BUDGET).forEach((name, report) -> {
			if (report.configured()) {
				checked.put(name, report.status());
				if (!report.up()) {
					errors.add(name + ": " + report.message());
				}
			}
		});
		if (errors.isEmpty()) {
			return ResponseEntity.ok(body("ready", "components", checked));
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body("not_ready", "errors", errors));
	}

	@GetMapping("/startup")
	ResponseEntity<Map<String, Object>> startup() {
		Duration took = this.startup.startupTime();
		if (took == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body("starting"));
		}
		return ResponseEntity.ok(body("started", "startupSeconds", took.toMillis() / 1000.0));
	}

	@GetMapping("/detailed")
	ResponseEntity<Map<String, Object>> detailed() {
		Map<String, ComponentReport> reports = this.components.reports(ComponentChecks.COMPONENTS, DETAILED_BUDGET);
		String status = overall(reports);
		Map<String, Object> body = body(status, "version", this.deployment.version(), "environment",
				this.deployment.environment(), "uptimeSeconds", this.startup.uptimeSeconds());
		body.put("components", reports);
		body.put("system", SystemFacts.now());
		body.put("deployment", deploymentFacts());
		return ResponseEntity.status("unhealthy".equals(status) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
			.body(body);
	}

	@GetMapping("/railway")
	Map<String, Object> railway() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ok", true);
		body.put("service", "recruitbot");
		body.put("version", this.deployment.version());
		return body;
	}

	private String overall(Map<String, ComponentReport> reports) {
		boolean degraded = false;
		for (Map.Entry<String, ComponentReport> entry : reports.entrySet()) {
			ComponentReport report = entry.getValue();
			if (report.configured() && !report.up()) {
				if (this.components.critical(entry.getKey())) {
					return "unhealthy";
				}
				degraded = true;
			}
		}
		return degraded ? "degraded" : "healthy";
	}

	private Map<String, Object> deploymentFacts() {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("environment", this.deployment.environment());
		facts.put("commit", this.deployment.gitCommitSha());
		facts.put("started", this.startup.started());
		facts.put("startedAt", this.startup.processStartedAt().toString());
		Duration took = this.startup.startupTime();
		facts.put("startupSeconds", (took != null) ? took.toMillis() / 1000.0 : null);
		facts.put("readiness", String.valueOf(this.availability.getReadinessState()));
		facts.put("criticalComponents", this.components.criticalComponents());
		return facts;
	}

	private Map<String, Object> body(String status, Object... pairs) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("timestamp", this.clock.instant().toString());
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

}
