package io.recruitbot.intake;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/** The raw bytes of a webhook request, read up to the 3 MiB the contract allows. */
final class WebhookBody {

	static final int LIMIT = 3 * 1024 * 1024;

	private WebhookBody() {
	}

	/** The body; null when it is larger than {@link #LIMIT} (checked before reading when the length is declared). */
	static byte[] read(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > LIMIT) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			if (declared >= 0) {
				// the container never reads past a declared length, so one array of that size holds the whole body
				return in.readNBytes((int) declared);
			}
			byte[] body = in.readNBytes(LIMIT + 1);
			return (body.length > LIMIT) ? null : body;
		}
	}

}
