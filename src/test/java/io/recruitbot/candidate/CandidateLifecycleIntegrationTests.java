package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The candidate module on its own: each transition publishes its event, guarded transitions refuse what the status
 * does not allow, and the bot's answers never move the status.
 */
@ApplicationModuleTest(extraIncludes = { "system", "recruiter" })
class CandidateLifecycleIntegrationTests {

	@Autowired
	Candidates lifecycle;

	@Autowired
	CandidateRepository candidates;

	@Test
	void qualifyingPublishesCandidateQualifiedWithTheMatchedVacancies(Scenario scenario) {
		UUID id = screening();

		scenario.stimulate(() -> this.lifecycle.qualify(id, List.of("warehouse-rotterdam")))
			.andWaitForEventOfType(CandidateQualified.class)
			.matching((event) -> event.candidateId().equals(id))
			.toArriveAndVerify((event) -> {
				assertThat(event.vacancyIds()).containsExactly("warehouse-rotterdam");
				assertThat(this.candidates.findById(id).orElseThrow().matchedVacancyIds())
					.containsExactly("warehouse-rotterdam");
			});
	}

	@Test
	void handingBackAQualifiedCandidateRestoresQualified(Scenario scenario) {
		UUID id = screening();
		this.lifecycle.qualify(id, List.of("warehouse-rotterdam"));

		scenario.stimulate(() -> this.lifecycle.handOff(id, "chatwoot"))
			.andWaitForEventOfType(CandidateHandedOff.class)
			.matching((event) -> event.candidateId().equals(id))
			.toArriveAndVerify((event) -> assertThat(event.before()).isEqualTo(CandidateStatus.QUALIFIED));
		scenario.stimulate(() -> this.lifecycle.handBack(id, "chatwoot"))
			.andWaitForEventOfType(CandidateHandedBack.class)
			.matching((event) -> event.candidateId().equals(id))
			.toArriveAndVerify((event) -> {
				assertThat(event.status()).isEqualTo(CandidateStatus.QUALIFIED);
				assertThat(this.candidates.findById(id).orElseThrow().status()).isEqualTo(CandidateStatus.QUALIFIED);
			});
	}

	@Test
	void theBotCannotQualifyACandidateARecruiterTookOver() {
		UUID id = screening();
		this.lifecycle.handOff(id, "admin-api");

		assertThatThrownBy(() -> this.lifecycle.qualify(id, List.of("warehouse-rotterdam")))
			.isInstanceOf(CandidateTransitionRefused.class)
			.hasMessageContaining("while HANDED_OFF");
		assertThat(this.lifecycle.recordAnswers(id, new CandidateProfile("Jan", null, "Rotterdam", null, null, null,
				null, null, null, List.of(), null))).as("answers are stored, the status stays").contains(CandidateStatus.HANDED_OFF);
		Candidate stored = this.candidates.findById(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(CandidateStatus.HANDED_OFF);
		assertThat(stored.profile().city()).isEqualTo("Rotterdam");
		assertThatThrownBy(() -> this.lifecycle.handOff(id, "chatwoot")).isInstanceOf(CandidateTransitionRefused.class);
	}

	@Test
	void startAfterStopReturnsToTheStatusOptedOutOf(Scenario scenario) {
		UUID id = screening();
		this.lifecycle.optOut(id);

		scenario.stimulate(() -> this.lifecycle.optIn(id))
			.andWaitForEventOfType(CandidateOptedIn.class)
			.matching((event) -> event.candidateId().equals(id))
			.toArriveAndVerify((event) -> assertThat(event.status()).isEqualTo(CandidateStatus.SCREENING));
		assertThatThrownBy(() -> this.lifecycle.optIn(id)).isInstanceOf(CandidateTransitionRefused.class);
	}

	@Test
	void shortlistingACandidateARecruiterHasEndsTheHandOffAndPublishesCandidateShortlisted(Scenario scenario) {
		UUID id = screening();
		this.lifecycle.qualify(id, List.of("warehouse-rotterdam"));
		this.lifecycle.handOff(id, "anna@example.com");

		scenario.stimulate(() -> this.lifecycle.shortlist(id, "anna@example.com"))
			.andWaitForEventOfType(CandidateShortlisted.class)
			.matching((event) -> event.candidateId().equals(id))
			.toArriveAndVerify((event) -> {
				assertThat(event.by()).isEqualTo("anna@example.com");
				assertThat(this.candidates.findById(id).orElseThrow().status()).isEqualTo(CandidateStatus.SHORTLISTED);
			});
		// handing back is over: the decision is the status now
		assertThatExceptionOfType(CandidateTransitionRefused.class)
			.isThrownBy(() -> this.lifecycle.handBack(id, "anna@example.com"));
	}

	@Test
	void aShortlistedCandidateCanBeRejectedAndPublishesCandidateRejected(Scenario scenario) {
		UUID id = screening();
		this.lifecycle.shortlist(id, "anna@example.com");

		scenario.stimulate(() -> this.lifecycle.reject(id, "anna@example.com"))
			.andWaitForEventOfType(CandidateRejected.class)
			.matching((event) -> event.candidateId().equals(id))
			.toArriveAndVerify((event) -> assertThat(this.candidates.findById(id).orElseThrow().status())
				.isEqualTo(CandidateStatus.REJECTED));
	}

	@Test
	void aNewOrOptedOutCandidateCannotBeShortlistedOrRejected() {
		UUID id = this.candidates.findOrCreate("3178" + String.format("%08d",
				Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)), "Jan").id();
		assertThatExceptionOfType(CandidateTransitionRefused.class)
			.isThrownBy(() -> this.lifecycle.shortlist(id, "anna@example.com"));
		this.lifecycle.optOut(id);
		assertThatExceptionOfType(CandidateTransitionRefused.class)
			.isThrownBy(() -> this.lifecycle.reject(id, "anna@example.com"));
		assertThat(this.candidates.findById(id).orElseThrow().status()).isEqualTo(CandidateStatus.OPTED_OUT);
	}

	@Test
	void aRejectedCandidateCanBeTakenOverAndHandedBackStillRejected() {
		UUID id = screening();
		this.lifecycle.reject(id, "anna@example.com");
		this.lifecycle.handOff(id, "candidate");
		assertThat(this.lifecycle.handBack(id, "anna@example.com").status()).isEqualTo(CandidateStatus.REJECTED);
	}

	private UUID screening() {
		String phone = "3178" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
		UUID id = this.candidates.findOrCreate(phone, "Jan").id();
		this.lifecycle.startScreening(id, Instant.now(), "recruitment screening", "wamid.test");
		return id;
	}

}
