package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;
import io.recruitbot.system.security.MachineRequests;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recruiter's actions in the admin API that change no conversation: take-over, hand-back, shortlist, notes and
 * assignment, each answering the candidate as stored, and every refusal they promise.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecruiterActionsIntegrationTests {

	static final String TOKEN = MachineRequests.TOKEN;

	static final String UNKNOWN = "5d9f3c1e-0000-4000-8000-000000000000";

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Candidates lifecycle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRecruiterShortlistsAScreenedCandidateAndIsNamedAsWhoDidIt() throws Exception {
		UUID id = screening("Noor");

		this.mvc.perform(api(post("/api/candidates/{id}/shortlist", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.status").value("SHORTLISTED"))
			.andExpect(jsonPath("$.phone").isNotEmpty());
		this.mvc.perform(api(post("/api/candidates/{id}/shortlist", id)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("transition_refused"))
			.andExpect(jsonPath("$.message", containsString("while SHORTLISTED")));
	}

	@Test
	void aNewCandidateCannotBeShortlistedAndAnUnknownOneIsNotFound() throws Exception {
		UUID id = this.candidates.findOrCreate(phone(), "Kim").id();

		this.mvc.perform(api(post("/api/candidates/{id}/shortlist", id)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("transition_refused"));
		for (String action : new String[] { "shortlist", "takeover", "handback" }) {
			this.mvc.perform(api(post("/api/candidates/" + UNKNOWN + "/" + action)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error").value("not_found"));
		}
	}

	@Test
	void takeOverAndHandBackAnswerTheCandidateAsStored() throws Exception {
		UUID id = screening("Sem");

		this.mvc.perform(api(post("/api/candidates/{id}/takeover", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_OFF"));
		this.mvc.perform(api(post("/api/candidates/{id}/handback", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCREENING"));
		this.mvc.perform(api(post("/api/candidates/{id}/handback", id))).andExpect(status().isConflict());
	}

	@Test
	void notesAreKeptWithAuthorAndTimeAndNeverSentToTheCandidate() throws Exception {
		UUID id = screening("Lotte");
		long queued = this.jdbc.sql("select count(*) from outbox_message").query(Long.class).single();

		this.mvc.perform(api(post("/api/candidates/{id}/notes", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"  Called her: available from March.  \"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		this.mvc.perform(api(post("/api/candidates/{id}/notes", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Prefers early shifts.\"}")).andExpect(status().isOk());

		this.mvc.perform(api(get("/api/candidates/{id}/notes", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].text").value("Called her: available from March."))
			.andExpect(jsonPath("$[0].author").value("admin-api"))
			.andExpect(jsonPath("$[0].at").isNotEmpty())
			.andExpect(jsonPath("$[1].text").value("Prefers early shifts."));
		this.mvc.perform(api(get("/api/candidates/{id}/export", id)))
			.andExpect(jsonPath("$.notes", hasSize(2)));
		this.mvc.perform(api(get("/api/candidates/{id}/messages", id))).andExpect(jsonPath("$", hasSize(0)));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select count(*) from outbox_message").query(Long.class).single())
			.isEqualTo(queued);
	}

	@Test
	void aBlankOrMissingNoteIsRefusedNamingTheField() throws Exception {
		UUID id = screening("Bram");

		this.mvc.perform(api(post("/api/candidates/{id}/notes", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"))
			.andExpect(jsonPath("$.message", containsString("text ")));
		this.mvc.perform(api(post("/api/candidates/{id}/notes", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": [\"a list\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("text must be text"));
		this.mvc.perform(api(post("/api/candidates/{id}/notes", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_json"));
		this.mvc.perform(api(post("/api/candidates/" + UNKNOWN + "/notes")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"A note\"}")).andExpect(status().isNotFound());
		this.mvc.perform(api(get("/api/candidates/" + UNKNOWN + "/notes"))).andExpect(status().isNotFound());
	}

	@Test
	void aCandidateIsAssignedToARecruiterAndUnassigned() throws Exception {
		UUID id = screening("Daan");

		this.mvc.perform(api(post("/api/candidates/{id}/assign", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recruiter\": \"anna@example.com\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignedTo").value("anna@example.com"));
		this.mvc.perform(api(get("/api/candidates/{id}", id))).andExpect(jsonPath("$.assignedTo").value("anna@example.com"));
		this.mvc.perform(api(post("/api/candidates/{id}/assign", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recruiter\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignedTo").isEmpty());
	}

	@Test
	void anAssignmentToSomethingThatIsNoEmailAddressIsRefusedNamingTheField() throws Exception {
		UUID id = screening("Finn");

		this.mvc.perform(api(post("/api/candidates/{id}/assign", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recruiter\": \"not an address\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("recruiter must be an e-mail address"));
		this.mvc.perform(api(post("/api/candidates/" + UNKNOWN + "/assign")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recruiter\": \"anna@example.com\"}")).andExpect(status().isNotFound());
	}

	@Test
	void anActionWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
		UUID id = screening("Mila");

		this.mvc.perform(post("/api/candidates/{id}/shortlist", id))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message", not(containsString(id.toString()))));
		this.mvc.perform(api(get("/api/candidates/{id}", id))).andExpect(jsonPath("$.status").value("SCREENING"));
	}

	private UUID screening(String name) {
		UUID id = this.candidates.findOrCreate(phone(), name).id();
		this.lifecycle.startScreening(id, Instant.now(), "recruitment screening", "wamid." + UUID.randomUUID());
		return id;
	}

	static String phone() {
		return "3179" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
	}

	static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + TOKEN);
	}

}
