package io.recruitbot.conversation;

import java.util.List;
import java.util.UUID;

import io.recruitbot.RecruitbotApplication;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.intake.ConversationEngine;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart in the middle of a conversation: a new application on the same PostgreSQL database (and Redis, when the
 * checkpoints are kept there) continues where the conversation was; nothing is asked again, nothing sent twice.
 */
class ConversationRestartIntegrationTests {

	@ParameterizedTest(name = "checkpoints in {0}")
	@ValueSource(strings = { "postgresql", "redis" })
	void aConversationContinuesAfterARestartWithoutAskingOrSendingAnythingAgain(String checkpoints) {
		String phone = "3169" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
		try (ConfigurableApplicationContext first = start(checkpoints)) {
			Chat chat = chat(first, phone);
			chat.says("Hello, I want to apply as forklift driver");
			chat.says("yes");
			chat.says("Mohamed El Amrani");
			assertThat(chat.last().awaitingField()).isEqualTo("email");
		}
		try (ConfigurableApplicationContext second = start(checkpoints)) {
			Chat chat = chat(second, phone);
			chat.says("m.elamrani@example.net");
			assertThat(chat.last().awaitingField()).isEqualTo("city");
			chat.says("Tilburg");
			chat.says("five years");
			chat.says("in two weeks");
			chat.says("40 hours");
			chat.says("Yes");
			chat.says("yes I have a residence permit that allows me to work");
			List<String> asked = chat.sent()
				.stream()
				.map(Chat.Sent::awaitingField)
				.filter((field) -> field != null)
				.toList();
			assertThat(asked).doesNotHaveDuplicates()
				.containsExactly("consent", "name", "email", "city", "yearsExperience", "availability", "hoursPerWeek",
						"drivingLicense", "workPermit");
			assertThat(chat.sent().stream().map(Chat.Sent::text)).doesNotHaveDuplicates();
			var candidate = second.getBean(CandidateRepository.class).findByPhone(phone).orElseThrow();
			assertThat(candidate.status()).isEqualTo(CandidateStatus.QUALIFIED);
			assertThat(candidate.matchedVacancyIds()).containsExactly("forklift-tilburg");
			assertThat(candidate.profile().email()).isEqualTo("m.elamrani@example.net");
		}
	}

	private static ConfigurableApplicationContext start(String checkpoints) {
		return new SpringApplicationBuilder(RecruitbotApplication.class).run("--server.port=0",
				"--recruitbot.database.url=" + TestDatabases.POSTGRES_URL,
				"--recruitbot.redis.url=" + (checkpoints.equals("redis") ? TestDatabases.REDIS_URL : ""));
	}

	private static Chat chat(ConfigurableApplicationContext context, String phone) {
		Chat.Bot bot = new Chat.Bot(context.getBean(ConversationEngine.class),
				MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build(),
				context.getBean(JsonMapper.class), context.getBean(CandidateRepository.class),
				context.getBean(Transcript.class));
		return new Chat(bot, phone, "Mo");
	}

}
