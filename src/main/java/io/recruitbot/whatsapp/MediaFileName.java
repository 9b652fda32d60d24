package io.recruitbot.whatsapp;

import java.util.Map;

/**
 * The name a file is handed over under: the candidate's file name without anything a browser or file system could
 * take for a path or a header, or, when it has none (WhatsApp names only documents), a plain one from its type.
 */
final class MediaFileName {

	private static final int LONGEST = 120;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp",
			"webp", "application/pdf", "pdf", "audio/ogg", "ogg", "audio/mpeg", "mp3", "audio/mp4", "m4a", "video/mp4",
			"mp4", "text/plain", "txt");

	private MediaFileName() {
	}

	static String of(String fileName, String mimeType) {
		String clean = (fileName != null) ? fileName.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|;%]", "_").strip() : "";
		clean = clean.replaceAll("^[.\\s]+", "");
		if (clean.length() > LONGEST) {
			clean = clean.substring(clean.length() - LONGEST);
		}
		if (!clean.isEmpty()) {
			return clean;
		}
		String known = MediaLimits.known(mimeType);
		if (known == null) {
			return "file";
		}
		String kind = known.substring(0, known.indexOf('/'));
		String extension = EXTENSIONS.get(known);
		return (kind.equals("application") || kind.equals("text") ? "document" : kind)
				+ ((extension != null) ? "." + extension : "");
	}

}
