package io.recruitbot.intake;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureDescriptionTests {

	@Test
	void aDatabaseErrorIsDescribedByItsClassesAndStateNeverByTheValueItQuotes() {
		SQLException refused = new SQLException(
				"Value too long for column \"CITY CHARACTER VARYING(120)\": \"'Zwanenburgerdijk Zwanenburgerdijk' (130)\"",
				"22001");
		DataIntegrityViolationException failure = new DataIntegrityViolationException(
				"PreparedStatementCallback; SQL [update candidate set city = ?]; " + refused.getMessage(), refused);

		String described = MessageFailures.describe(failure);

		assertThat(described).startsWith("DataIntegrityViolationException < SQLException at ")
			.contains("SQL state 22001")
			.doesNotContain("Zwanenburgerdijk", "update candidate");
	}

}
