package io.recruitbot.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real-format Chatwoot webhook payloads from {@code src/test/resources/webhooks}. */
final class ChatwootFixtures {

	static final String AGENT_MESSAGE = "chatwoot-message-created-agent.json";

	static final String PRIVATE_NOTE = "chatwoot-private-note.json";

	static final String STATUS_OPEN = "chatwoot-conversation-status-open.json";

	static final String STATUS_RESOLVED = "chatwoot-conversation-status-resolved.json";

	/** The phone number of the contact in every fixture, as WhatsApp's {@code wa_id}. */
	static final String PHONE = "31600000101";

	private ChatwootFixtures() {
	}

	static String read(String name) {
		try (InputStream in = ChatwootFixtures.class.getResourceAsStream("/webhooks/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
