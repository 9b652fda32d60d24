package io.recruitbot.candidate;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One message of a candidate's conversation, as the admin API shows it.
 *
 * @param status the delivery status of an outbound message ({@code queued}, {@code sent}, {@code delivered},
 * {@code read}, {@code failed} or {@code unknown}); null for inbound ones
 * @param author who wrote an outbound message: {@code bot}, or the recruiter's name; null for inbound ones
 * @param media the attachment of an image, document or audio message; null without one
 */
public record TranscriptEntry(String direction, String text, String type, Instant at, String status, String author,
		Media media) {

	/** The author of outbound messages the bot wrote. */
	public static final String BOT = "bot";

	/**
	 * An attachment as the provider announced it. The file itself is not kept here: {@code url} fetches it from the
	 * provider at the moment it is asked for, for as long as the provider keeps it (Meta: a media id from a webhook
	 * for 7 days), and answers 404 once the message is erased.
	 *
	 * @param caption what the candidate wrote with it, if anything
	 * @param url the API route that hands the file over
	 * ({@code /api/candidates/{id}/messages/{messageId}/media})
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Media(String mimeType, String fileName, String caption, String providerMediaId, String url) {

		/** The route of a message's file: the candidate's id and the message's, so one candidate's reaches no other's. */
		public static String url(UUID candidateId, UUID messageId) {
			return "/api/candidates/" + candidateId + "/messages/" + messageId + "/media";
		}

	}

}
