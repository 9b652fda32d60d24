package io.recruitbot.conversation;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.conversation.understanding.MessageReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev conversations ({@code fixtures/conversations-dev.json}) with a language model switched on that reads every
 * message correctly (a {@link ScriptedModel}): every check still passes, the model reads the messages after consent,
 * and none before consent, after an opt-out or during a hand-off. Each provider's test points its provider at the
 * stand-in.
 */
@SpringBootTest(properties = "recruitbot.webhooks.meta-app-secret=" + WebhookPhone.APP_SECRET)
@AutoConfigureMockMvc
abstract class ScriptedModelConversationsContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	VacancyRepository vacancies;

	@Autowired
	@Qualifier("offlineMessageReader")
	MessageReader offline;

	/** The provider's stand-in, started with its {@link ScriptedModel}. */
	abstract WireMockServer standIn();

	abstract ScriptedModel model();

	/** A stand-in whose every answer is the scripted model's reading. */
	static WireMockServer started(ScriptedModel model) {
		WireMockServer server = new WireMockServer(options().dynamicPort().extensions(model));
		server.start();
		server.stubFor(post(anyUrl()).willReturn(aResponse()));
		return server;
	}

	@Test
	void aModelThatReadsEveryMessageCorrectlyPassesEveryCheckAndIsCalledOnlyAfterConsent() throws Exception {
		model().readsWith(this.offline, this.vacancies);
		ModelCallsPerMessage phone = new ModelCallsPerMessage(new WebhookPhone(this.mvc, this.json, this.jdbc),
				this.candidates, () -> standIn().findAll(anyRequestedFor(anyUrl())).size());

		ConversationsFixtureIntegrationTests.assertEveryCheckPasses(new ConversationPlayer(phone, this.mvc, this.json),
				this.json);

		assertThat(phone.afterConsent()).as("model calls after consent").isPositive();
		assertThat(phone.whileTheMessageMayNotLeave()).as("model calls before consent, after an opt-out or in a hand-off")
			.isZero();
	}

}
