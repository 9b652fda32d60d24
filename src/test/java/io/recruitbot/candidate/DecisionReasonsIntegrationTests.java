package io.recruitbot.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons of an automated outcome are stored with it, on PostgreSQL and H2 alike: a new outcome replaces them,
 * a recruiter's take-over keeps them for the review.
 */
class DecisionReasonsIntegrationTests {

	@SpringBootTest
	abstract static class OnADatabase {

		@Autowired
		CandidateRepository candidates;

		@Autowired
		Candidates lifecycle;

		@Test
		void eachOutcomeReplacesTheReasonsOfTheOneBefore() {
			UUID id = screening();
			DecisionReason tooFar = new DecisionReason("forklift-tilburg", DecisionRule.DISTANCE,
					"Tilburg is 210 km from Groningen, limit 30 km");
			DecisionReason general = new DecisionReason(null, DecisionRule.NO_VACANCIES, "no open vacancies");

			this.lifecycle.screenOut(id, List.of(tooFar, general));
			assertThat(this.candidates.findById(id).orElseThrow().decisionReasons()).containsExactly(tooFar, general);

			DecisionReason fits = new DecisionReason("forklift-tilburg", DecisionRule.FITS, "fits: Forklift Driver, 22 km");
			this.lifecycle.qualify(id, List.of("forklift-tilburg"), List.of(fits));
			Candidate qualified = this.candidates.findById(id).orElseThrow();
			assertThat(qualified.decisionReasons()).containsExactly(fits);
			assertThat(qualified.matchedVacancyIds()).containsExactly("forklift-tilburg");

			this.lifecycle.handOff(id, "recruiter");
			assertThat(this.candidates.findById(id).orElseThrow().decisionReasons()).containsExactly(fits);
		}

		@Test
		void aCandidateNoOutcomeWasDecidedForHasNoReasons() {
			assertThat(this.candidates.findById(screening()).orElseThrow().decisionReasons()).isEmpty();
		}

		private UUID screening() {
			String phone = "3167" + String.format("%07d",
					Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
			UUID id = this.candidates.findOrCreate(phone, "Sam").id();
			this.lifecycle.startScreening(id, Instant.now(), "screening", "wamid.test-" + phone);
			return id;
		}

	}

	@Nested
	class OnPostgresql extends OnADatabase {

		@DynamicPropertySource
		static void postgresql(DynamicPropertyRegistry properties) {
			properties.add("recruitbot.database.url", () -> TestDatabases.POSTGRES_URL);
		}

	}

	@Nested
	class OnH2 extends OnADatabase {

	}

}
