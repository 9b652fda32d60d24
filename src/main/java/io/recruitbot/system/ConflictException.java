package io.recruitbot.system;

/** A request that the current state of what it names does not allow; answered 409 with the given machine code. */
public class ConflictException extends RuntimeException {

	private final String code;

	public ConflictException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
