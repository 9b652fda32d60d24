package io.recruitbot.crm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.recruitbot.whatsapp.OutboundMessage;
import tools.jackson.databind.JsonNode;

/**
 * The files a recruiter attached to a Chatwoot reply, as WhatsApp media: Chatwoot's {@code image} and {@code audio}
 * as such, a {@code file} as a document. WhatsApp fetches each from its {@code data_url}; kinds WhatsApp cannot take
 * this way (locations, contacts, video) are left out.
 */
final class RecruiterAttachments {

	private RecruiterAttachments() {
	}

	static List<OutboundMessage.Media> of(JsonNode attachments) {
		List<OutboundMessage.Media> media = new ArrayList<>();
		for (JsonNode attachment : attachments) {
			String kind = switch (attachment.path("file_type").asString("")) {
				case "image" -> "image";
				case "audio" -> "audio";
				case "file" -> "document";
				default -> null;
			};
			String link = attachment.path("data_url").asString("");
			if (kind != null && isHttp(link)) {
				media.add(new OutboundMessage.Media(kind, link, null, fileName(link)));
			}
		}
		return media;
	}

	private static boolean isHttp(String link) {
		try {
			URI uri = URI.create(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String fileName(String link) {
		String path = URI.create(link).getPath();
		String name = (path == null) ? "" : path.substring(path.lastIndexOf('/') + 1);
		return name.isBlank() ? null : name;
	}

}
