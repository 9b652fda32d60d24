package io.recruitbot.conversation.understanding;

import io.recruitbot.candidate.VacancyRepository;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline understanding as the application wires it: one model, loaded at start-up, behind two beans. */
@SpringBootTest
class OfflineUnderstandingIntegrationTests {

	@Autowired
	@Qualifier("offlineMessageReader")
	MessageReader reader;

	@Autowired
	TextSimilarity similarity;

	@Autowired
	VacancyRepository vacancies;

	@Test
	void theStartedApplicationReadsMessagesAgainstItsVacancies() {
		MessageReading reading = this.reader.read("How many hours is the warehouse job?", null,
				this.vacancies.findActive());
		assertThat(reading.intent()).isEqualTo(Intent.VACANCY_QUESTION);
		assertThat(reading.question().topic()).isEqualTo(VacancyTopic.HOURS);
	}

	@Test
	void aDesiredRoleIsCloserToItsOwnVacancyTitleThanToAnother() {
		assertThat(this.similarity.similarity("truck driver", "Truck Driver CE"))
			.isGreaterThan(this.similarity.similarity("truck driver", "Registered Nurse"));
		assertThat(this.similarity.similarity("nurse", "Registered Nurse")).isGreaterThan(0.6);
	}

}
