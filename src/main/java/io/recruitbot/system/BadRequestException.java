package io.recruitbot.system;

/** A request that cannot be served as sent; answered 400 with the given machine code. */
public class BadRequestException extends RuntimeException {

	private final String code;

	public BadRequestException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
