package io.recruitbot.conversation;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;

import static io.recruitbot.system.security.MachineRequests.get;

/** Reads {@code GET /api/sandbox/outbox?to=}: what the bot sent to a number, oldest first. */
final class SandboxOutbox {

	private SandboxOutbox() {
	}

	static List<Chat.Sent> to(MockMvc mvc, JsonMapper json, String phone) {
		try {
			String body = mvc.perform(get("/api/sandbox/outbox").param("to", phone))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return json.readTree(body).valueStream().map(SandboxOutbox::sent).toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The sandbox outbox cannot be read", ex);
		}
	}

	private static Chat.Sent sent(JsonNode message) {
		JsonNode buttons = message.path("buttons");
		return new Chat.Sent(message.get("text").asString(),
				buttons.isArray() ? buttons.valueStream().map(JsonNode::asString).toList() : List.of(),
				message.get("awaitingField").isNull() ? null : message.get("awaitingField").asString());
	}

}
