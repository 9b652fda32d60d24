package io.recruitbot.conversation.llm;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code ANTHROPIC_API_KEY} or {@code LLM_PROVIDER} no model is wired: nothing leaves the service. */
@SpringBootTest
class OfflineReadingIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noModelIsWiredAndHealthSaysOffline() {
		assertThat(this.context.getBeansOfType(ModelMessageReader.class)).isEmpty();

		var health = this.context.getBean("llm", HealthIndicator.class).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("mode", "offline");
	}

}
