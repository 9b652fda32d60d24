package io.recruitbot.whatsapp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;

/**
 * The files WhatsApp carries and how large each may be, as Meta's "Supported media types" lists them: a file is never
 * read past its kind's limit, and it is served under its own type only when that type is one WhatsApp sends.
 */
final class MediaLimits {

	private static final long MB = 1024L * 1024L;

	/** The largest file the Cloud API carries at all (a document). */
	static final long LARGEST = 100 * MB;

	private static final Map<String, Long> TYPES = Map.ofEntries(Map.entry("image/jpeg", 5 * MB),
			Map.entry("image/png", 5 * MB), Map.entry("image/webp", 500 * 1024L), Map.entry("audio/aac", 16 * MB),
			Map.entry("audio/amr", 16 * MB), Map.entry("audio/mpeg", 16 * MB), Map.entry("audio/mp4", 16 * MB),
			Map.entry("audio/ogg", 16 * MB), Map.entry("video/mp4", 16 * MB), Map.entry("video/3gpp", 16 * MB),
			Map.entry("text/plain", LARGEST), Map.entry("application/pdf", LARGEST),
			Map.entry("application/msword", LARGEST),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", LARGEST),
			Map.entry("application/vnd.ms-excel", LARGEST),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", LARGEST),
			Map.entry("application/vnd.ms-powerpoint", LARGEST),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", LARGEST));

	/** What a browser may show in the page: pictures, never anything that could run script. */
	private static final Set<String> SHOWN_INLINE = Set.of("image/jpeg", "image/png", "image/webp");

	private MediaLimits() {
	}

	/** The type a file is served under: its own when WhatsApp sends that type, else plain bytes. */
	static MediaType servedAs(String mimeType) {
		String known = known(mimeType);
		return (known != null) ? MediaType.parseMediaType(known) : MediaType.APPLICATION_OCTET_STREAM;
	}

	/** The most a file of this type may hold; a type WhatsApp does not list gets the largest a document may be. */
	static long largest(String mimeType) {
		String known = known(mimeType);
		return (known != null) ? TYPES.get(known) : LARGEST;
	}

	static boolean shownInline(String mimeType) {
		return SHOWN_INLINE.contains(known(mimeType));
	}

	/** The type without parameters ({@code audio/ogg; codecs=opus} is {@code audio/ogg}) when WhatsApp sends it. */
	static String known(String mimeType) {
		if (mimeType == null) {
			return null;
		}
		String bare = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return TYPES.containsKey(bare) ? bare : null;
	}

}
