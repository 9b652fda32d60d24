package io.recruitbot.candidate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.recruitbot.system.StorableText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A job the company recruits for; the fields of {@code shared/fixtures/vacancies.json} plus {@code active} and
 * {@code maxTravelKm}, the straight-line distance from the vacancy's place within which a candidate's place fits.
 */
public record Vacancy(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,99}",
		message = "must be 1-100 letters, digits, '-' or '_'") String id,
		@NotBlank @Size(max = 200) @StorableText String title,
		@NotBlank @Size(max = 120) @StorableText String city,
		@Min(1) @Max(80) Integer hoursPerWeekMin,
		@Min(1) @Max(80) Integer hoursPerWeekMax,
		@PositiveOrZero Integer salaryMin,
		@PositiveOrZero Integer salaryMax,
		@Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter currency code") String salaryCurrency,
		@Pattern(regexp = "hour|week|month|year", message = "must be hour, week, month or year") String salaryPeriod,
		Boolean requiresDrivingLicense,
		@Min(0) @Max(50) Integer minYearsExperience,
		@Size(max = 4000) @StorableText String description,
		Boolean active,
		@Min(1) @Max(500) Integer maxTravelKm) {

	/** How far a candidate may live from the job when the vacancy does not say. */
	public static final int DEFAULT_MAX_TRAVEL_KM = 30;

	/** The same vacancy under {@code id}. */
	Vacancy withId(String id) {
		return new Vacancy(id, this.title, this.city, this.hoursPerWeekMin, this.hoursPerWeekMax, this.salaryMin,
				this.salaryMax, this.salaryCurrency, this.salaryPeriod, this.requiresDrivingLicense,
				this.minYearsExperience, this.description, this.active, this.maxTravelKm);
	}

	/** The vacancy as stored: unset flags get their defaults. */
	Vacancy withDefaults() {
		return new Vacancy(this.id, this.title.trim(), this.city.trim(), this.hoursPerWeekMin, this.hoursPerWeekMax,
				this.salaryMin, this.salaryMax, (this.salaryCurrency != null) ? this.salaryCurrency : "EUR",
				(this.salaryPeriod != null) ? this.salaryPeriod : "month",
				this.requiresDrivingLicense != null && this.requiresDrivingLicense,
				(this.minYearsExperience != null) ? this.minYearsExperience : 0, this.description,
				this.active == null || this.active,
				(this.maxTravelKm != null) ? this.maxTravelKm : DEFAULT_MAX_TRAVEL_KM);
	}

	@JsonIgnore
	@AssertTrue(message = "hoursPerWeekMin must not exceed hoursPerWeekMax")
	public boolean isHoursRangeOrdered() {
		return this.hoursPerWeekMin == null || this.hoursPerWeekMax == null || this.hoursPerWeekMin <= this.hoursPerWeekMax;
	}

	@JsonIgnore
	@AssertTrue(message = "salaryMin must not exceed salaryMax")
	public boolean isSalaryRangeOrdered() {
		return this.salaryMin == null || this.salaryMax == null || this.salaryMin <= this.salaryMax;
	}

}
