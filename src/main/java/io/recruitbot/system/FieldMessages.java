package io.recruitbot.system;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Validation messages as a recruiter reads them: the field's JSON name and what is wrong with it
 * ({@code hoursPerWeekMin must be a number}), never a Java class or a parser's words.
 */
public final class FieldMessages {

	/** A rule over several fields says which one it is about itself: "hoursPerWeekMin must not exceed ...". */
	private static final Pattern NAMES_ITS_FIELD = Pattern.compile("^[a-z][A-Za-z0-9.]* must .*");

	private static final Map<Class<?>, String> KINDS = Map.ofEntries(Map.entry(Integer.class, "a whole number"),
			Map.entry(int.class, "a whole number"), Map.entry(Long.class, "a whole number"),
			Map.entry(long.class, "a whole number"), Map.entry(Double.class, "a number"),
			Map.entry(double.class, "a number"), Map.entry(Boolean.class, "true or false"),
			Map.entry(boolean.class, "true or false"), Map.entry(String.class, "text"));

	private FieldMessages() {
	}

	/** {@code field message}, unless the message names its field already. */
	public static String describe(String field, String message) {
		return NAMES_ITS_FIELD.matcher(message).matches() ? message : field + " " + message;
	}

	/**
	 * What a body that JSON could not bind to says about its field: {@code "hoursPerWeekMin must be a whole number"}
	 * for {@code "forty"}; empty when it is not a field's value that is wrong (broken JSON).
	 */
	static Optional<String> wrongType(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				String field = mismatch.getPath()
					.stream()
					.map((step) -> (step.getPropertyName() != null) ? step.getPropertyName() : "[" + step.getIndex() + "]")
					.collect(Collectors.joining(".")).replace(".[", "[");
				return Optional.of(field + " must be " + kind(mismatch.getTargetType()));
			}
			if (cause instanceof JacksonException) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static String kind(Class<?> type) {
		if (type == null) {
			return "of another kind";
		}
		if (KINDS.containsKey(type)) {
			return KINDS.get(type);
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return type.isEnum() ? "one of the listed values" : "an object";
	}

}
