package io.recruitbot.candidate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The profile as one value, and the forms that follow its fields: by name, in columns, in snake case. */
class CandidateProfileTests {

	@Test
	void aProfileMadeFromItsValuesIsTheSameProfile() {
		CandidateProfile profile = new CandidateProfile("Jan", "jan@example.com", null, "driver", 8.0, null, 40, true,
				false, List.of("nl"), null);

		assertThat(CandidateProfile.of(profile.values())).isEqualTo(profile);
		assertThat(profile.values()).doesNotContainKeys("city", "availability", "salaryExpectation");
	}

	@Test
	void numbersOfAnyKindBecomeTheFieldsTypeAndUnknownNamesAreIgnored() {
		CandidateProfile profile = CandidateProfile.of(Map.of("hoursPerWeek", 32L, "yearsExperience", 3, "consent", true));

		assertThat(profile.hoursPerWeek()).isEqualTo(32);
		assertThat(profile.yearsExperience()).isEqualTo(3.0);
	}

	@Test
	void aValueOfTheWrongTypeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CandidateProfile.of(Map.of("drivingLicense", "yes")));
	}

	@Test
	void everyFieldHasItsColumnInSnakeCase() {
		assertThat(CandidateProfile.snakeCase("desiredRole")).isEqualTo("desired_role");
		assertThat(ProfileColumns.KEEPING_KNOWN).contains("salary_expectation = coalesce(:salaryExpectation, salary_expectation)");
		assertThat(CandidateProfile.fieldNames()).hasSize(11).startsWith("name", "email");
	}

}
