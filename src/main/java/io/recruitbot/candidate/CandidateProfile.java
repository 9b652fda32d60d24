package io.recruitbot.candidate;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitbot.system.RecordValues;

/**
 * What screening learns about a candidate: the answers to its questions, as one value. Unknown values are
 * {@code null} (an empty list for languages). The component names are the names everywhere else: the Candidate JSON
 * (unwrapped into it), the {@code awaitingField} of the workflow, the columns ({@code desiredRole} is
 * {@code desired_role}) and the Chatwoot attributes. Those all follow this record, so a new screening field is a new
 * component here; the recipe is in this package's {@code package-info.java}.
 */
public record CandidateProfile(String name, String email, String city, String desiredRole, Double yearsExperience,
		String availability, Integer hoursPerWeek, Boolean drivingLicense, Boolean workPermit, List<String> languages,
		String salaryExpectation) {

	static final RecordComponent[] FIELDS = CandidateProfile.class.getRecordComponents();

	private static final Constructor<CandidateProfile> CANONICAL = canonical();

	public static final CandidateProfile EMPTY = of(Map.of());

	public CandidateProfile {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

	/** A field's name in snake case, as columns and CRM attributes spell it ({@code desiredRole}: {@code desired_role}). */
	public static String snakeCase(String fieldName) {
		return fieldName.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	/** The field names, in the order of the record. */
	public static List<String> fieldNames() {
		return Arrays.stream(FIELDS).map(RecordComponent::getName).toList();
	}

	/**
	 * The profile from JSON-like values by field name (as a checkpoint or a reader holds them): numbers of any kind
	 * become the field's type, other names are ignored, a missing name is unknown.
	 */
	public static CandidateProfile of(Map<String, ?> values) {
		Object[] arguments = new Object[FIELDS.length];
		for (int i = 0; i < FIELDS.length; i++) {
			arguments[i] = typed(FIELDS[i].getType(), values.get(FIELDS[i].getName()));
		}
		try {
			return CANONICAL.newInstance(arguments);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("A profile value has the wrong type: " + values, ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The canonical constructor of a record is public", ex);
		}
	}

	/** The known values by field name, JSON-friendly (lists as lists), in the order of the record. */
	public Map<String, Object> values() {
		return RecordValues.known(this);
	}

	/** This profile with every value {@code newer} knows: a value given again (a correction) replaces the old one. */
	public CandidateProfile with(CandidateProfile newer) {
		Map<String, Object> merged = new LinkedHashMap<>(values());
		merged.putAll(newer.values());
		return of(merged);
	}

	private static Object typed(Class<?> type, Object value) {
		if (value instanceof Number number && type == Double.class) {
			return number.doubleValue();
		}
		if (value instanceof Number number && type == Integer.class) {
			return number.intValue();
		}
		return value;
	}

	private static Constructor<CandidateProfile> canonical() {
		try {
			return CandidateProfile.class
				.getDeclaredConstructor(Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A record has its canonical constructor", ex);
		}
	}

}
