package io.recruitbot.conversation;

import java.util.stream.Stream;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.conversation.Personas.IntentCase;
import io.recruitbot.conversation.Personas.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every persona and intent case of {@code src/test/resources/screening/} played over the signed WhatsApp webhook,
 * through the inbox, the offline understanding, the screening graph and the sandbox outbox.
 */
@SpringBootTest(properties = "recruitbot.webhooks.meta-app-secret=" + WebhookPhone.APP_SECRET)
@AutoConfigureMockMvc
class ScreeningPersonasIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CandidateRepository candidates;

	private PersonaHarness harness;

	@BeforeEach
	void phone() {
		this.harness = new PersonaHarness(new WebhookPhone(this.mvc, this.json, this.jdbc), this.candidates, this.json);
	}

	static Stream<Persona> personas() {
		return Personas.personas();
	}

	static Stream<IntentCase> intents() {
		return Personas.intents();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("personas")
	void personaIsScreenedToTheExpectedProfile(Persona persona) {
		this.harness.play(persona);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("intents")
	void intentIsHonoured(IntentCase intent) {
		this.harness.play(intent);
	}

}
