package io.recruitbot.whatsapp;

/** A file a candidate sent cannot be handed over; the message says why, without anything personal. */
class MediaUnavailable extends RuntimeException {

	/** Why: each is answered with its own status and code in the API. */
	enum Reason {

		/** The provider no longer keeps the file (or never had it). */
		GONE,
		/** The file is larger than WhatsApp allows for its kind. */
		TOO_LARGE,
		/** The provider could not be reached, or answered with a failure of its own. */
		PROVIDER_FAILED

	}

	private final Reason reason;

	MediaUnavailable(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	static MediaUnavailable gone() {
		return new MediaUnavailable(Reason.GONE, "The provider no longer keeps this file.");
	}

	static MediaUnavailable tooLarge(long largest) {
		return new MediaUnavailable(Reason.TOO_LARGE,
				"The file is larger than WhatsApp allows for its kind (" + (largest / 1024) + " KB).");
	}

	static MediaUnavailable providerFailed(String what) {
		return new MediaUnavailable(Reason.PROVIDER_FAILED, "The provider could not hand over the file: " + what + ".");
	}

}
