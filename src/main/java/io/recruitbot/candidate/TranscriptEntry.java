package io.recruitbot.candidate;

import java.time.Instant;

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
	 * An attachment as the provider announced it. The file itself is not downloaded, so there is no link: the
	 * provider's media id lets support fetch it while the provider keeps it (30 days at Meta).
	 *
	 * @param caption what the candidate wrote with it, if anything
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Media(String mimeType, String fileName, String caption, String providerMediaId) {
	}

}
