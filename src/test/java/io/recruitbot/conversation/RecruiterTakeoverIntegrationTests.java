package io.recruitbot.conversation;

import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.intake.ConversationEngine;
import io.recruitbot.system.security.MachineRequests;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recruiter in the conversation through the admin API alone (no Chatwoot): takes over mid-screening, sees the
 * candidate waiting, replies through the bot's outbox and hands back; the bot resumes at the question it was at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecruiterTakeoverIntegrationTests {

	static final String TOKEN = MachineRequests.TOKEN;

	@Autowired
	ConversationEngine engine;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Transcript records;

	@Autowired
	JsonMapper json;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter security;

	/** Every request with the token, the sandbox outbox's reads (through {@link Chat}) too. */
	MockMvc mvc;

	@BeforeEach
	void signIn() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.security)
			.defaultRequest(get("/").header("Authorization", "Bearer " + TOKEN))
			.build();
	}

	@Test
	void takeOverReplyAndHandBackLeaveTheBotAtTheQuestionItWasAt() throws Exception {
		Chat chat = chat("Jan");
		chat.says("Hello, I want to apply");
		chat.says("yes");
		chat.says("Jan de Vries");
		assertThat(chat.last().awaitingField()).isEqualTo("email");
		UUID id = candidate(chat).id();

		this.mvc.perform(post("/api/candidates/{id}/takeover", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_OFF"));
		int sent = chat.sent().size();
		chat.says("Is the job still open?");
		assertThat(chat.sent()).as("the bot is quiet while a recruiter has the conversation").hasSize(sent);
		this.mvc.perform(get("/api/candidates").param("needsAttention", "true").param("q", chat.phone()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].waitingSince").isNotEmpty());

		this.mvc.perform(post("/api/candidates/{id}/reply", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Yes it is, Jan. The bot will take your details now.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.waitingSince").isEmpty());
		assertThat(chat.last().text()).isEqualTo("Yes it is, Jan. The bot will take your details now.");
		this.mvc.perform(get("/api/candidates").param("needsAttention", "true").param("q", chat.phone()))
			.andExpect(jsonPath("$.total").value(0));

		this.mvc.perform(post("/api/candidates/{id}/handback", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCREENING"));
		chat.says("jan@example.com");
		assertThat(candidate(chat).profile().email()).isEqualTo("jan@example.com");
		assertThat(candidate(chat).profile().name()).isEqualTo("Jan de Vries");
		assertThat(chat.last().awaitingField()).as("the next question, not the name again").isEqualTo("city");
	}

	@Test
	void aShortlistedCandidateWhoWritesIsHandedToAPersonAndNotScreenedAgain() throws Exception {
		Chat chat = chat("Eva");
		chat.says("Hello, I want to apply");
		chat.says("yes");
		chat.says("Eva Bakker");
		UUID id = candidate(chat).id();
		this.mvc.perform(post("/api/candidates/{id}/shortlist", id))
			.andExpect(jsonPath("$.status").value("SHORTLISTED"));

		chat.says("When will I hear from you?");

		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.HANDED_OFF);
		assertThat(chat.last().awaitingField()).isNull();
		assertThat(chat.last().text()).contains("recruiter");
		this.mvc.perform(post("/api/candidates/{id}/handback", id))
			.andExpect(jsonPath("$.status").value("SHORTLISTED"));
	}

	private Chat chat(String profileName) {
		String phone = "3176" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
		return new Chat(new Chat.Bot(this.engine, this.mvc, this.json, this.candidates, this.records), phone,
				profileName);
	}

	private Candidate candidate(Chat chat) {
		return this.candidates.findByPhone(chat.phone()).orElseThrow();
	}

}
