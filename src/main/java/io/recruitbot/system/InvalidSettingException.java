package io.recruitbot.system;

/** A configuration value that cannot work, named by the environment variable that set it. */
public class InvalidSettingException extends IllegalArgumentException {

	private final String variable;

	public InvalidSettingException(ContractVariable variable, String reason) {
		this(variable.name(), reason);
	}

	public InvalidSettingException(String variable, String reason) {
		super(variable + ": " + reason);
		this.variable = variable;
	}

	public String variable() {
		return this.variable;
	}

}
