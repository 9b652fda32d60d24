package io.recruitbot.whatsapp;

import java.util.List;
import java.util.UUID;

/**
 * A message the platform wants delivered to a candidate on WhatsApp.
 *
 * @param candidateId who it is for (null only for messages to numbers that are not candidates)
 * @param to the recipient's {@code wa_id}
 * @param content what to send
 * @param awaitingField the screening field this message asks for ({@code consent} or a candidate field name), or
 * null when it asks nothing
 * @param author the recruiter who wrote it (the transcript shows their name), or null for the bot
 */
public record OutboundMessage(UUID candidateId, String to, Content content, String awaitingField, String author) {

	/** A message of the bot. */
	public OutboundMessage(UUID candidateId, String to, Content content, String awaitingField) {
		this(candidateId, to, content, awaitingField, null);
	}

	/** A recruiter's message: it asks for no screening field. */
	public static OutboundMessage byRecruiter(UUID candidateId, String to, Content content, String author) {
		return new OutboundMessage(candidateId, to, content, null, author);
	}

	/** The kinds of content WhatsApp can carry, within its limits. */
	public sealed interface Content permits Text, Buttons, ListMenu, Template, Media {

		/** The readable text of the message, for the transcript. */
		String body();

		/** The message type as the transcript and the sandbox outbox name it. */
		String kind();

	}

	/** Free text; split by the gateway above 4,096 characters. */
	public record Text(String body) implements Content {

		@Override
		public String kind() {
			return "text";
		}

	}

	/** Text with up to 3 reply buttons (titles up to 20 characters); 4 to 10 answers are sent as a list. */
	public record Buttons(String body, List<Button> buttons) implements Content {

		@Override
		public String kind() {
			return "buttons";
		}

	}

	/** Text with a menu of up to 10 rows behind a button labelled {@code buttonLabel}. */
	public record ListMenu(String body, String buttonLabel, List<Row> rows) implements Content {

		@Override
		public String kind() {
			return "list";
		}

	}

	/** A pre-approved template, the only thing allowed outside the 24-hour customer-service window. */
	public record Template(String name, String language, List<String> parameters) implements Content {

		@Override
		public String body() {
			return "[template " + this.name + "]";
		}

		@Override
		public String kind() {
			return "template";
		}

	}

	/**
	 * A file WhatsApp fetches from {@code link}: an {@code image}, {@code document} or {@code audio} (audio carries no
	 * caption; a document shows its file name).
	 */
	public record Media(String kind, String link, String caption, String fileName) implements Content {

		public static final java.util.Set<String> KINDS = java.util.Set.of("image", "document", "audio");

		public Media {
			if (!KINDS.contains(kind)) {
				throw new IllegalArgumentException("WhatsApp media are image, document or audio, not " + kind);
			}
		}

		@Override
		public String body() {
			if (this.caption != null && !this.caption.isBlank()) {
				return this.caption;
			}
			return "[" + this.kind + ((this.fileName != null) ? ": " + this.fileName : "") + "]";
		}

	}

	public record Button(String id, String title) {
	}

	public record Row(String id, String title, String description) {
	}

}
