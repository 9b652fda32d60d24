package io.recruitbot.console;

import java.time.Instant;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.system.MovableClock;
import io.recruitbot.whatsapp.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static io.recruitbot.system.security.MachineRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/funnel} and {@code /api/funnel.csv} over a known set of candidates ({@link FunnelSeed}). */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelIntegrationTests {

	static final MovableClock clock = new MovableClock(Instant.now());

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		MovableClock movableClock() {
			return clock;
		}

	}

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void plant(@Autowired CandidateRepository candidates, @Autowired Candidates lifecycle, @Autowired Outbox outbox,
			@Autowired Transcript transcript, @Autowired JdbcClient jdbc) {
		new FunnelSeed(candidates, lifecycle, outbox, transcript, jdbc, clock).plant();
	}

	@Test
	void theFunnelCountsCandidatesPerStatusPerVacancy() throws Exception {
		this.mvc.perform(get("/api/funnel?days=7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days").value(7))
			.andExpect(jsonPath("$.candidates").value(6))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == 'warehouse-rotterdam')].statuses.QUALIFIED").value(2))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == 'warehouse-rotterdam')].title").value("Warehouse Worker"))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == 'forklift-tilburg')].statuses.QUALIFIED").value(1))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == null)].statuses.NOT_QUALIFIED").value(1))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == null)].statuses.SCREENING").value(1))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == null)].statuses.NEW").value(1))
			.andExpect(jsonPath("$.vacancies[?(@.vacancyId == null)].statuses.HANDED_OFF").value(1));
	}

	@Test
	void dropOffCountsTheLastQuestionOfUnfinishedConversationsOnly() throws Exception {
		this.mvc.perform(get("/api/funnel?days=30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dropOff.email").value(1))
			.andExpect(jsonPath("$.dropOff.consent").value(1))
			.andExpect(jsonPath("$.dropOff.length()").value(2));
	}

	@Test
	void mediansAreTheMinutesToQualifyAndToTheRecruitersFirstReply() throws Exception {
		this.mvc.perform(get("/api/funnel"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.medianMinutesToQualify").value(40.0))
			.andExpect(jsonPath("$.qualifiedMeasured").value(2))
			.andExpect(jsonPath("$.medianMinutesToFirstReply").value(12.0))
			.andExpect(jsonPath("$.repliesMeasured").value(1));
	}

	@Test
	void theCsvHasOneFigureALine() throws Exception {
		this.mvc.perform(get("/api/funnel.csv?days=30"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("funnel-30-days.csv")))
			.andExpect(content().string(containsString("section,vacancy,item,value\n")))
			.andExpect(content().string(containsString("status,\"warehouse-rotterdam\",\"QUALIFIED\",2\n")))
			.andExpect(content().string(containsString("drop-off,\"\",\"email\",1\n")))
			.andExpect(content().string(containsString("median-minutes,\"\",\"to-first-reply\",12.0\n")))
			.andExpect(content().string(not(containsString("31655500"))));
	}

	@Test
	void aPeriodThatIsNotAWholeNumberOfDaysIsRefused() throws Exception {
		for (String days : new String[] { "0", "-3", "abc", "366", "7.5" }) {
			this.mvc.perform(get("/api/funnel?days=" + days))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("validation_failed"))
				.andExpect(jsonPath("$.message").value(containsString("days")));
			this.mvc.perform(get("/api/funnel.csv?days=" + days)).andExpect(status().isBadRequest());
		}
	}

}
