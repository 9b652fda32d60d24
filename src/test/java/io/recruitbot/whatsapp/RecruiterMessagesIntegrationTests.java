package io.recruitbot.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.ReceivedMessage;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.security.MachineRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recruiter's reply and rejection reach the candidate through the bot's own outbox (the sandbox keeps them), are in
 * the transcript under the recruiter's name, and respect WhatsApp's 24-hour window.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecruiterMessagesIntegrationTests {

	static final String TOKEN = MachineRequests.TOKEN;

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Candidates lifecycle;

	@Autowired
	Transcript transcript;

	@Test
	void aReplyWithinTheWindowTakesTheConversationOverAndReachesTheOutboxUnderTheRecruitersName() throws Exception {
		Written candidate = wroteAgo("Noor", Duration.ofMinutes(5));

		this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hi Noor, Anna here. Could you start on Monday?\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_OFF"))
			.andExpect(jsonPath("$.waitingSince").isEmpty())
			.andExpect(jsonPath("$.lastMessageAt").isNotEmpty());

		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", candidate.phone())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].text").value("Hi Noor, Anna here. Could you start on Monday?"))
			.andExpect(jsonPath("$[0].awaitingField").isEmpty());
		this.mvc.perform(api(get("/api/candidates/{id}/messages", candidate.id())))
			.andExpect(jsonPath("$[0].direction").value("inbound"))
			.andExpect(jsonPath("$[0].author").isEmpty())
			.andExpect(jsonPath("$[1].direction").value("outbound"))
			.andExpect(jsonPath("$[1].author").value("admin-api"))
			.andExpect(jsonPath("$[1].status").value(org.hamcrest.Matchers.oneOf("queued", "sent")));
	}

	@Test
	void freeTextOutsideTheWindowIsRefusedAndTheApprovedTemplateIsSentInstead() throws Exception {
		Written candidate = wroteAgo("Sem", Duration.ofHours(25));

		this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Are you still interested?\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("window_closed"))
			.andExpect(jsonPath("$.message", containsString("recruitbot_reengagement")));
		this.mvc.perform(api(get("/api/candidates/{id}", candidate.id()))).andExpect(jsonPath("$.status").value("SCREENING"));

		this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"template\": \"recruitbot_reengagement\", \"parameters\": [\"Sem\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_OFF"));
		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", candidate.phone())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].type").value("template"));
	}

	@Test
	void aReplyNeedsEitherTextOrTheApprovedTemplate() throws Exception {
		Written candidate = wroteAgo("Lotte", Duration.ofMinutes(1));

		for (String body : new String[] { "{}", "{\"text\": \"  \"}",
				"{\"text\": \"Hi\", \"template\": \"recruitbot_reengagement\"}" }) {
			this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("validation_failed"))
				.andExpect(jsonPath("$.message", startsWith("Send either text")));
		}
		this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"template\": \"summer_promo\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("template must be the approved template 'recruitbot_reengagement'."));
		this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": 1, \"parameters\": \"Lotte\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("parameters must be a list"));
		this.mvc.perform(api(post("/api/candidates/5d9f3c1e-0000-4000-8000-000000000000/reply"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hi\"}")).andExpect(status().isNotFound());
		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", candidate.phone()))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aCandidateWhoOptedOutGetsNoReply() throws Exception {
		Written candidate = wroteAgo("Kim", Duration.ofMinutes(1));
		this.lifecycle.optOut(candidate.id());

		this.mvc.perform(api(post("/api/candidates/{id}/reply", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hi\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("candidate_opted_out"));
		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", candidate.phone()))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aRejectionWithAMessageIsPoliteInTheCandidatesLanguageAndSentOnce() throws Exception {
		Written candidate = wroteAgo("Daan", Duration.ofMinutes(30));
		this.lifecycle.recordAnswers(candidate.id(), new io.recruitbot.candidate.CandidateProfile("Daan Visser", null,
				null, null, null, null, null, null, null, null, null));

		this.mvc.perform(api(post("/api/candidates/{id}/reject", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": true, \"language\": \"nl\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));

		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", candidate.phone())))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].text", startsWith("Hallo Daan, bedankt voor je interesse")));
		this.mvc.perform(api(post("/api/candidates/{id}/reject", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("transition_refused"));
		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", candidate.phone()))).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aRejectionWithoutAMessageOrBodySendsNothingAndEnglishIsTheDefault() throws Exception {
		Written quiet = wroteAgo("Finn", Duration.ofMinutes(30));
		Written told = wroteAgo("Mila", Duration.ofMinutes(30));

		this.mvc.perform(api(post("/api/candidates/{id}/reject", quiet.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		this.mvc.perform(api(post("/api/candidates/{id}/reject", told.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": true}")).andExpect(status().isOk());

		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", quiet.phone()))).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(api(get("/api/sandbox/outbox").param("to", told.phone())))
			.andExpect(jsonPath("$[0].text", startsWith("Hello, thank you for your interest")));
	}

	@Test
	void aRejectionMessageOutsideTheWindowIsRefusedAndTheCandidateStaysAsTheyWere() throws Exception {
		Written candidate = wroteAgo("Bram", Duration.ofDays(2));

		this.mvc.perform(api(post("/api/candidates/{id}/reject", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("window_closed"));
		this.mvc.perform(api(get("/api/candidates/{id}", candidate.id()))).andExpect(jsonPath("$.status").value("SCREENING"));
		this.mvc.perform(api(post("/api/candidates/{id}/reject", candidate.id())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": true, \"language\": \"Dutch\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("language must be a two-letter language code such as nl"));
	}

	/** A screening candidate (no name known) whose last message was {@code ago}. */
	private Written wroteAgo(String profileName, Duration ago) {
		String phone = "3177" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
		UUID id = this.candidates.findOrCreate(phone, profileName).id();
		Instant at = Instant.now().minus(ago);
		this.transcript.recordInbound(id, new ReceivedMessage("wamid." + UUID.randomUUID(), "text", "Hello", null, null,
				null, at));
		this.lifecycle.startScreening(id, at, "recruitment screening", "wamid." + UUID.randomUUID());
		return new Written(id, phone);
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + TOKEN);
	}

	private record Written(UUID id, String phone) {
	}

}
