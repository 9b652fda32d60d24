package io.recruitbot.conversation.llm;

/** Claude answered, but not with a reading the workflow can use. */
class InvalidReadingException extends RuntimeException {

	InvalidReadingException(String reason) {
		super(reason);
	}

}
