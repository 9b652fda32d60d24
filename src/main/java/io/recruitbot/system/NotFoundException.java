package io.recruitbot.system;

/** Something asked for by id does not exist (or no longer does); answered 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
