package io.recruitbot.ops.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.recruitbot.RecruitbotApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real start-up sequence with slow start-up work (standing in for the embedding model) held by a runner: the web
 * server already answers, but the service is not started or ready until the work is done. And the real shutdown:
 * readiness refuses from its first moment.
 */
class StartupAndShutdownIntegrationTests {

	static volatile CountDownLatch startUpWork;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startUpWorkPending() {
		startUpWork = new CountDownLatch(1);
	}

	@AfterEach
	void stop() {
		startUpWork.countDown();
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void startupIs503UntilStartUpWorkIsDoneThen200() throws Exception {
		AtomicInteger port = new AtomicInteger();
		SpringApplication application = new SpringApplication(RecruitbotApplication.class, SlowStartUpWork.class);
		application.addListeners(new ApplicationListener<WebServerInitializedEvent>() {
			@Override
			public void onApplicationEvent(WebServerInitializedEvent event) {
				port.set(event.getWebServer().getPort());
			}
		});
		CompletableFuture<ConfigurableApplicationContext> running = CompletableFuture
			.supplyAsync(() -> application.run("--server.port=0"));

		await().atMost(Duration.ofSeconds(60)).until(() -> port.get() > 0);
		ServiceClient service = new ServiceClient(port.get());
		ServiceClient.Answer starting = service.get("/health/startup");
		assertThat(starting.status()).isEqualTo(503);
		assertThat(starting.json().get("status").asString()).isEqualTo("starting");
		assertThat(service.get("/health/readiness").status()).isEqualTo(503);
		assertThat(service.get("/health/readiness").json().get("errors").toString()).contains("start-up");
		assertThat(service.get("/health/liveness").status()).isEqualTo(200);

		startUpWork.countDown();
		this.context = running.get(60, TimeUnit.SECONDS);
		ServiceClient.Answer started = service.get("/health/startup");
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.json().get("status").asString()).isEqualTo("started");
		assertThat(service.get("/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void readinessIsReadyTheMomentTheServiceHasStartedEvenWhenTheFirstRedisCheckIsSlow() {
		startUpWork.countDown();
		SpringApplication application = new SpringApplication(RecruitbotApplication.class, SlowFirstRedisCheck.class);
		this.context = application.run("--server.port=0",
				"--recruitbot.redis.url=" + System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379/3"));
		HealthController health = this.context.getBean(HealthController.class);
		assertThat(health.readiness().getStatusCode().value()).isEqualTo(200);
		assertThat(health.readiness().getBody()).extractingByKey("components")
			.isEqualTo(java.util.Map.of("database", "up", "redis", "up"));
	}

	@Test
	void readinessRefusesAsSoonAsShutdownBegins() {
		startUpWork.countDown();
		SpringApplication application = new SpringApplication(RecruitbotApplication.class);
		this.context = application.run("--server.port=0");
		HealthController health = this.context.getBean(HealthController.class);
		assertThat(health.readiness().getStatusCode().value()).isEqualTo(200);

		AtomicReference<ResponseEntity<?>> atShutdown = new AtomicReference<>();
		this.context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
			@Override
			public void onApplicationEvent(ContextClosedEvent event) {
				atShutdown.set(health.readiness());
			}
		});
		this.context.close();

		assertThat(atShutdown.get().getStatusCode().value()).isEqualTo(503);
		assertThat(atShutdown.get().getBody().toString()).contains("shutting down");
	}

	// not a @Configuration: component scanning must not find it for the other tests
	static class SlowFirstRedisCheck {

		/** The first PING takes 500 ms, far over readiness's budget of 75 ms; later ones are as fast as Redis. */
		@Bean
		static BeanPostProcessor slowFirstRedisCheck() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!name.equals("redis") || !(bean instanceof HealthIndicator redis)) {
						return bean;
					}
					AtomicBoolean first = new AtomicBoolean(true);
					return (HealthIndicator) () -> {
						if (first.getAndSet(false)) {
							sleep(Duration.ofMillis(500));
						}
						return redis.health();
					};
				}
			};
		}

		private static void sleep(Duration duration) {
			try {
				Thread.sleep(duration.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	static class SlowStartUpWork {

		@Bean
		ApplicationRunner loadTheModel() {
			return (arguments) -> startUpWork.await(60, TimeUnit.SECONDS);
		}

	}

}
