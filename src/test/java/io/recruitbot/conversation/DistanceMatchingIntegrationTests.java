package io.recruitbot.conversation;

import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.DecisionReason;
import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.intake.ConversationEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static io.recruitbot.system.security.MachineRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening for the demo vacancies with matching by distance: a candidate from Breda fits the forklift job in Tilburg
 * (22 km, within 30); one from Groningen does not, hears why and how to ask a person, and waits in the recruiter's
 * "to review" list ({@code status=NOT_QUALIFIED}) with the reasons in the API and the export.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DistanceMatchingIntegrationTests {

	@Autowired
	ConversationEngine engine;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Transcript records;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Test
	void aCandidateFromBredaFitsTheForkliftJobInTilburg() throws Exception {
		Chat chat = forkliftDriverFrom("Breda");

		Candidate screened = candidate(chat);
		assertThat(screened.status()).isEqualTo(CandidateStatus.QUALIFIED);
		assertThat(screened.matchedVacancyIds()).containsExactly("forklift-tilburg");
		assertThat(screened.decisionReasons()).contains(
				new DecisionReason("forklift-tilburg", DecisionRule.FITS, "fits: Forklift Driver, 22 km"));
		assertThat(chat.last().text()).contains("Forklift Driver in Tilburg (22 km from you)");
		this.mvc.perform(get("/api/candidates/{id}", screened.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionReasons[?(@.vacancyId == 'forklift-tilburg')].rule").value(hasItem("FITS")))
			.andExpect(jsonPath("$.decisionReasons[?(@.vacancyId == 'forklift-tilburg')].detail")
				.value(hasItem("fits: Forklift Driver, 22 km")));
	}

	@Test
	void aCandidateFromGroningenHearsWhyAndWaitsForARecruitersReview() throws Exception {
		Chat chat = forkliftDriverFrom("Groningen");

		Candidate screened = candidate(chat);
		assertThat(screened.status()).isEqualTo(CandidateStatus.NOT_QUALIFIED);
		assertThat(screened.matchedVacancyIds()).isEmpty();
		assertThat(screened.decisionReasons()).contains(new DecisionReason("forklift-tilburg", DecisionRule.DISTANCE,
				"Tilburg is 210 km from Groningen, limit 30 km"));
		assertThat(chat.last().text()).contains("Forklift Driver in Tilburg is 210 km from Groningen")
			.contains("not a final decision")
			.contains("reply “recruiter”");
		String id = screened.id().toString();
		this.mvc.perform(get("/api/candidates").param("status", "NOT_QUALIFIED").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		this.mvc.perform(get("/api/candidates/{id}", id))
			.andExpect(jsonPath("$.decisionReasons[?(@.rule == 'DISTANCE' && @.vacancyId == 'forklift-tilburg')].detail")
				.value(hasItem("Tilburg is 210 km from Groningen, limit 30 km")));
		this.mvc.perform(get("/api/candidates/{id}/export", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.decisionReasons[?(@.rule == 'DISTANCE')].vacancyId")
				.value(hasItem("forklift-tilburg")));

		chat.says("recruiter");

		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.HANDED_OFF);
	}

	@Test
	void aCorrectedPlaceIsMatchedAgainAndItsReasonsReplaceTheOldOnes() {
		Chat chat = forkliftDriverFrom("Groningen");

		chat.says("sorry, I meant I live in Breda");

		Candidate corrected = candidate(chat);
		assertThat(corrected.status()).isEqualTo(CandidateStatus.QUALIFIED);
		assertThat(corrected.matchedVacancyIds()).containsExactly("forklift-tilburg");
		assertThat(corrected.decisionReasons()).extracting(DecisionReason::detail)
			.contains("fits: Forklift Driver, 22 km")
			.noneMatch((detail) -> detail.contains("Groningen"));
	}

	private Chat forkliftDriverFrom(String city) {
		String phone = "3166"
				+ String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
		Chat chat = new Chat(new Chat.Bot(this.engine, this.mvc, this.json, this.candidates, this.records), phone, "Sam");
		for (String answer : new String[] { "Hello, I want to apply as forklift driver", "yes", "Sam de Vries",
				"sam.devries@example.net", city, "five years", "in two weeks", "40 hours", "Yes",
				"yes I have a residence permit that allows me to work" }) {
			chat.says(answer);
		}
		return chat;
	}

	private Candidate candidate(Chat chat) {
		return this.candidates.findByPhone(chat.phone()).orElseThrow();
	}

}
