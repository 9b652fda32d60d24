package io.recruitbot.system;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.util.ObjectUtils;

/**
 * Turns a bad configuration value into one line that names the environment variable, instead of a bean creation
 * stack trace. Runs before Spring Boot's own analyzers.
 */
class SettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		InvalidSettingException invalid = findCause(failure, InvalidSettingException.class);
		if (invalid != null) {
			return analysis(invalid.getMessage(), invalid.variable(), invalid);
		}
		BindException bind = findCause(failure, BindException.class);
		if (bind != null) {
			String variable = ContractVariable.nameFor(bind.getProperty().getName().toString());
			String value = ObjectUtils.nullSafeToString(bind.getProperty().getValue());
			return analysis(variable + ": '" + value + "' is not a valid value", variable, bind);
		}
		return null;
	}

	private static FailureAnalysis analysis(String description, String variable, Throwable cause) {
		return new FailureAnalysis(description, "Correct or unset " + variable + " (see .railway-env.template).", cause);
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
