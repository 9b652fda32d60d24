package io.recruitbot.candidate;

import java.time.Instant;

/**
 * A message a candidate sent, as the transcript keeps it.
 *
 * @param providerMessageId the provider's id; the transcript holds each id once
 * @param type the kind of message in lower case ({@code text}, {@code button_reply}, {@code document}, ...)
 * @param text what the candidate wrote or chose, or a caption; null when there is nothing to read
 * @param mediaId the provider's id of an attachment
 * @param mediaMimeType the attachment's MIME type
 * @param mediaFileName the attachment's file name
 * @param at when the candidate sent it (the provider's timestamp)
 */
public record ReceivedMessage(String providerMessageId, String type, String text, String mediaId,
		String mediaMimeType, String mediaFileName, Instant at) {
}
