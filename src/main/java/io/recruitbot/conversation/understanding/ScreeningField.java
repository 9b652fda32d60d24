package io.recruitbot.conversation.understanding;

import java.util.Arrays;
import java.util.Optional;

/**
 * What screening asks a candidate for: consent first, then the profile fields of the contract. {@link #fieldName()}
 * is the name used in {@code awaitingField} and in the Candidate JSON.
 */
public enum ScreeningField {

	CONSENT("consent"), NAME("name"), EMAIL("email"), CITY("city"), DESIRED_ROLE("desiredRole"),
	YEARS_EXPERIENCE("yearsExperience"), AVAILABILITY("availability"), HOURS_PER_WEEK("hoursPerWeek"),
	DRIVING_LICENSE("drivingLicense"), WORK_PERMIT("workPermit"), LANGUAGES("languages"),
	SALARY_EXPECTATION("salaryExpectation"),
	/** Not a profile field: the yes or no that confirms a request to erase the candidate's data. */
	ERASURE_CONFIRMATION("erasureConfirmation");

	private final String fieldName;

	ScreeningField(String fieldName) {
		this.fieldName = fieldName;
	}

	public String fieldName() {
		return this.fieldName;
	}

	public static Optional<ScreeningField> byFieldName(String fieldName) {
		return Arrays.stream(values()).filter((field) -> field.fieldName.equals(fieldName)).findFirst();
	}

}
