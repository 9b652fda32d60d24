package io.recruitbot.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import io.recruitbot.ops.logging.Masking;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform's components, looked up by name in Actuator's health contributor registry so that each module
 * contributes its own indicator and a module that is absent shows as not configured. A component is critical when
 * it is a member of Actuator's {@code readiness} group ({@code application.yml}).
 */
@Component
class ComponentChecks implements DisposableBean {

	static final List<String> COMPONENTS = List.of("database", "redis", "checkpointer", "jobs", "llm", "whatsapp",
			"chatwoot");

	static final Duration FRESH_FOR = Duration.ofSeconds(1);

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	// details that could carry a credential or an address are never shown
	private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|key|url|uri|dsn).*");

	private final HealthContributorRegistry registry;

	private final HealthEndpointGroup readiness;

	private final Clock clock;

	private final ExecutorService executor = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "health-check");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, CachedCheck> checks = new ConcurrentHashMap<>();

	ComponentChecks(HealthContributorRegistry registry, HealthEndpointGroups groups, Clock clock) {
		this.registry = registry;
		this.readiness = groups.get("readiness");
		this.clock = clock;
	}

	boolean critical(String component) {
		return this.readiness != null && this.readiness.isMember(component);
	}

	List<String> criticalComponents() {
		return COMPONENTS.stream().filter(this::critical).toList();
	}

	/**
	 * Keeps every component's answer fresh, so that a probe reads a result instead of waiting for one, and a component
	 * that fails is noticed within about a second even when nobody asks.
	 */
	@Scheduled(fixedDelayString = "PT1S")
	void refreshInBackground() {
		COMPONENTS.forEach((name) -> {
			CachedCheck check = checkFor(name);
			if (check != null) {
				check.start();
			}
		});
	}

	/**
	 * Waits for the critical components' first answers (at most {@link #TIMEOUT}) before the service reports itself
	 * started, so that a readiness probe right after start-up reads a known answer instead of a first check still on
	 * its way (the first Redis check opens Lettuce's connection, which takes a few hundred milliseconds).
	 */
	@EventListener(ApplicationStartedEvent.class)
	void firstAnswers() {
		reports(criticalComponents(), TIMEOUT);
	}

	/** Every listed component, checked in parallel, each waited for at most {@code budget}. */
	Map<String, ComponentReport> reports(List<String> components, Duration budget) {
		components.forEach((name) -> {
			CachedCheck check = checkFor(name);
			if (check != null) {
				check.start();
			}
		});
		Map<String, ComponentReport> reports = new LinkedHashMap<>();
		long deadline = System.nanoTime() + budget.toNanos();
		for (String name : components) {
			CachedCheck check = checkFor(name);
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			reports.put(name, (check != null) ? check.report(left) : ComponentReport.notConfigured());
		}
		return reports;
	}

	private CachedCheck checkFor(String name) {
		HealthContributor contributor = this.registry.getContributor(name);
		if (!(contributor instanceof HealthIndicator indicator)) {
			return null;
		}
		return this.checks.computeIfAbsent(name,
				(key) -> new CachedCheck(() -> report(indicator), this.executor, this.clock, FRESH_FOR, TIMEOUT));
	}

	static ComponentReport report(HealthIndicator indicator) {
		Health health;
		try {
			health = indicator.health(true);
		}
		catch (RuntimeException ex) {
			return ComponentReport.down("check failed: " + ex.getClass().getSimpleName(), null);
		}
		Map<String, Object> metadata = new LinkedHashMap<>();
		health.getDetails().forEach((key, value) -> {
			if (!key.equals("message") && !key.equals("error") && !SECRET_KEY.matcher(key).matches()) {
				metadata.put(key, value);
			}
		});
		return new ComponentReport(health.getStatus().getCode().toLowerCase(Locale.ROOT), message(health), null,
				metadata);
	}

	private static String message(Health health) {
		Object message = health.getDetails().get("message");
		if (message == null) {
			message = health.getDetails().get("error");
		}
		if (message == null) {
			message = health.getStatus().getDescription();
		}
		if (message == null || message.toString().isBlank()) {
			return "UP".equals(health.getStatus().getCode()) ? "ok" : health.getStatus().getCode().toLowerCase(Locale.ROOT);
		}
		return Masking.mask(message.toString());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
