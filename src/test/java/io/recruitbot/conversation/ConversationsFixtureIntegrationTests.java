package io.recruitbot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every conversation of {@code fixtures/conversations-dev.json} (messy, multilingual, real-life candidates) played
 * over the signed WhatsApp webhook against the six demo vacancies, with every check the shared player
 * ({@code play-conversations}) makes: the checks of each step, the final profile and status, no field asked twice or
 * asked when it did not matter, every reply in the conversation's language, the first name at most once per message.
 * One assertion lists everything that fell short, so a run shows the whole picture.
 */
@SpringBootTest(properties = "recruitbot.webhooks.meta-app-secret=" + WebhookPhone.APP_SECRET)
@AutoConfigureMockMvc
class ConversationsFixtureIntegrationTests {

	static final String FIXTURE = "/fixtures/conversations-dev.json";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConversationPassesEveryCheck() throws IOException {
		assertEveryCheckPasses(new ConversationPlayer(new WebhookPhone(this.mvc, this.json, this.jdbc), this.mvc,
				this.json), this.json);
	}

	/** Plays every conversation of the fixture and lists every check that fell short in one assertion. */
	static void assertEveryCheckPasses(ConversationPlayer player, JsonMapper json) throws IOException {
		JsonNode conversations;
		try (InputStream fixture = ConversationsFixtureIntegrationTests.class.getResourceAsStream(FIXTURE)) {
			conversations = json.readTree(fixture).get("conversations");
		}
		List<ConversationPlayer.Result> results = new ArrayList<>();
		conversations.valueStream().forEach((conversation) -> results.add(player.play(conversation)));

		int checks = results.stream().mapToInt(ConversationPlayer.Result::checks).sum();
		List<String> shortfalls = results.stream().flatMap((result) -> result.shortfalls().stream()).toList();
		assertThat(shortfalls).as("%d of %d checks passed; %s", checks - shortfalls.size(), checks,
				ConversationPlayer.summary(results))
			.isEmpty();
	}

}
