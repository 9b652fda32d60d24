package io.recruitbot.crm;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.recruitbot.candidate.CandidateHandedBack;
import io.recruitbot.candidate.CandidateHandedOff;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crm module hears of the candidate module's status changes: the candidate becomes due for the mirror (which
 * then brings the label and a note to Chatwoot) and the conversation records who handles it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "system", "recruiter" })
class CrmListenersIntegrationTests {

	@Autowired
	CandidateRepository candidates;

	@Autowired
	CrmRecords records;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHandOffMakesTheCandidateDueAndTheConversationHuman(Scenario scenario) {
		UUID id = candidateWithConversation();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		scenario.publish(new CandidateHandedOff(id, "chatwoot", CandidateStatus.SCREENING, at))
			.andWaitForStateChange(() -> handledBy(id), "HUMAN"::equals)
			.andVerify((handler) -> assertThat(this.records.candidatesDue(at.plusSeconds(1), 10)).contains(id));
	}

	@Test
	void aHandBackGivesTheConversationToTheBot(Scenario scenario) {
		UUID id = candidateWithConversation();
		this.records.handledBy(id, "HUMAN", Instant.now());

		scenario.publish(new CandidateHandedBack(id, "chatwoot", CandidateStatus.QUALIFIED, Instant.now()))
			.andWaitForStateChange(() -> handledBy(id), "BOT"::equals)
			.andVerify((handler) -> assertThat(handler).isEqualTo("BOT"));
	}

	private UUID candidateWithConversation() {
		String phone = "3179" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
		UUID id = this.candidates.findOrCreate(phone, "Jan").id();
		// only a candidate who consented reaches Chatwoot
		this.jdbc.sql("update candidate set consent_at = current_timestamp where id = ?").param(id).update();
		this.records.saveLink(id, 101, 102, Instant.now());
		return id;
	}

	private String handledBy(UUID id) {
		return this.jdbc.sql("select handled_by from conversation where candidate_id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
