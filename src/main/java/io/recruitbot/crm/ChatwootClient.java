package io.recruitbot.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Chatwoot's application API ({@code /api/v1/accounts/{account_id}/...}), authenticated with the
 * {@code api_access_token} header. Every request shape the platform sends to Chatwoot is written here and nowhere else.
 * Failures surface as Spring's {@code RestClientException}s; the mirror decides what to retry.
 */
@Component
class ChatwootClient {

	/** Marks messages the platform posted, so that their webhook echo is recognised. */
	static final String SOURCE_ID_PREFIX = "recruitbot:";

	static final String TOKEN_HEADER = "api_access_token";

	private final ChatwootSettings settings;

	private final ChatwootHandoverSettings handover;

	private final RestClient http;

	/** Builds its REST client only when Chatwoot is configured, and the HTTP client under it on the first request. */
	ChatwootClient(ChatwootSettings settings, ChatwootHandoverSettings handover,
			ObjectProvider<RestClient.Builder> builders, ClientHttpRequestFactoryBuilder<?> requests) {
		this.settings = settings;
		this.handover = handover;
		if (settings.configured()) {
			HttpClientSettings timeouts = HttpClientSettings.defaults()
				.withTimeouts(settings.timeout(), settings.timeout())
				.withRedirects(HttpRedirects.DONT_FOLLOW);
			this.http = builders.getObject()
				.baseUrl(settings.accountUrl())
				.requestFactory(requests.build(timeouts))
				.defaultHeader(TOKEN_HEADER, settings.apiToken())
				.build();
		}
		else {
			this.http = null;
		}
	}

	/** A Chatwoot contact and the source id of its contact inbox in the configured inbox (null when it has none). */
	record Contact(long id, String sourceId) {
	}

	Optional<Contact> findContactByPhone(String phoneNumber) {
		JsonNode found = api().get()
			.uri((uri) -> uri.path("/contacts/search").queryParam("q", "{q}").build(phoneNumber))
			.retrieve()
			.body(JsonNode.class);
		for (JsonNode contact : found.path("payload")) {
			if (phoneNumber.equals(contact.path("phone_number").asString(""))) {
				return Optional.of(contact(contact));
			}
		}
		return Optional.empty();
	}

	Contact createContact(String name, String phoneNumber, Map<String, Object> attributes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("inbox_id", this.settings.inboxId());
		body.put("name", name);
		body.put("phone_number", phoneNumber);
		body.put("custom_attributes", attributes);
		JsonNode created = api().post().uri("/contacts").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.body(JsonNode.class);
		return contact(created.path("payload").path("contact"));
	}

	/** Puts an existing contact into the configured inbox; answers the new contact inbox's source id. */
	String addToInbox(long contactId) {
		JsonNode created = api().post()
			.uri("/contacts/{id}/contact_inboxes", contactId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("inbox_id", this.settings.inboxId()))
			.retrieve()
			.body(JsonNode.class);
		return created.path("source_id").asString();
	}

	/** Opens a conversation as {@code pending}: the bot has it until a recruiter opens it. */
	long createConversation(long contactId, String sourceId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("source_id", sourceId);
		body.put("inbox_id", this.settings.inboxId());
		body.put("contact_id", contactId);
		body.put("status", "pending");
		JsonNode created = api().post().uri("/conversations").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.body(JsonNode.class);
		return created.path("id").asLong();
	}

	/**
	 * Posts a transcript message ({@code incoming} from the candidate, {@code outgoing} from the bot) or a private
	 * note; answers Chatwoot's message id. The bot's messages go under the Agent Bot's token when there is one, so
	 * Chatwoot shows them as the bot's and leaves them out of its agents' reports.
	 */
	long postMessage(long conversationId, String content, String messageType, boolean privateNote, String sourceId) {
		boolean fromTheBot = "outgoing".equals(messageType) && !privateNote && this.handover.hasAgentBot();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("content", content);
		body.put("message_type", messageType);
		body.put("private", privateNote);
		body.put("source_id", sourceId);
		body.put("content_attributes", Map.of("recruitbot", true));
		RestClient.RequestBodySpec post = api().post().uri("/conversations/{id}/messages", conversationId);
		if (fromTheBot) {
			post = post.header(TOKEN_HEADER, this.handover.agentBotToken());
		}
		JsonNode created = post.contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
		return created.path("id").asLong();
	}

	/**
	 * Sets the conversation's status ({@code open} hands it to the recruiters, {@code pending} keeps it with the
	 * bot), as the Agent Bot when there is one: Chatwoot lets bots toggle the status.
	 */
	void toggleStatus(long conversationId, String status) {
		RestClient.RequestBodySpec post = api().post().uri("/conversations/{id}/toggle_status", conversationId);
		if (this.handover.hasAgentBot()) {
			post = post.header(TOKEN_HEADER, this.handover.agentBotToken());
		}
		post.contentType(MediaType.APPLICATION_JSON).body(Map.of("status", status)).retrieve().toBodilessEntity();
	}

	/** Assigns the conversation to a team or an agent (Chatwoot takes one per request). */
	void assign(long conversationId, String field, long id) {
		api().post()
			.uri("/conversations/{id}/assignments", conversationId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of(field, id))
			.retrieve()
			.toBodilessEntity();
	}

	void updateContact(long contactId, String name, Map<String, Object> attributes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("custom_attributes", attributes);
		api().put().uri("/contacts/{id}", contactId).contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.toBodilessEntity();
	}

	/**
	 * Adds and removes labels without touching the others: Chatwoot's {@code POST /conversations/{id}/labels} replaces
	 * the whole list (a recruiter's label added in between would be lost), its bulk action adds and removes.
	 */
	void changeLabels(long conversationId, List<String> add, List<String> remove) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "Conversation");
		body.put("ids", List.of(conversationId));
		body.put("labels", Map.of("add", add, "remove", remove));
		api().post().uri("/bulk_actions").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.toBodilessEntity();
	}

	// --- what the start-up check reads

	/** The token owner's role in the account ({@code administrator} or {@code agent}); empty when not a member. */
	Optional<String> roleInAccount() {
		JsonNode profile = api().get().uri(this.settings.baseUrl().trim().replaceAll("/+$", "") + "/api/v1/profile")
			.retrieve()
			.body(JsonNode.class);
		for (JsonNode account : profile.path("accounts")) {
			if (account.path("id").asLong() == this.settings.accountId()) {
				return Optional.of(account.path("role").asString(""));
			}
		}
		return Optional.empty();
	}

	/** The configured inbox's channel type, e.g. {@code Channel::Api}. */
	String inboxChannelType() {
		return api().get().uri("/inboxes/{id}", this.settings.inboxId()).retrieve().body(JsonNode.class)
			.path("channel_type").asString("");
	}

	/** The keys of the account's contact attribute definitions. */
	List<String> contactAttributeKeys() {
		JsonNode definitions = api().get()
			.uri((uri) -> uri.path("/custom_attribute_definitions").queryParam("attribute_model", 1).build())
			.retrieve()
			.body(JsonNode.class);
		List<String> keys = new ArrayList<>();
		JsonNode list = definitions.isArray() ? definitions : definitions.path("payload");
		list.forEach((definition) -> keys.add(definition.path("attribute_key").asString("")));
		return keys;
	}

	/** Defines a text contact attribute, so Chatwoot shows it in the contact's sidebar. */
	void defineContactAttribute(String key, String displayName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("attribute_display_name", displayName);
		body.put("attribute_key", key);
		body.put("attribute_model", "contact_attribute");
		body.put("attribute_display_type", "text");
		api().post().uri("/custom_attribute_definitions").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.toBodilessEntity();
	}

	/** Deletes the contact with its conversations; a contact that is already gone is fine. */
	void deleteContact(long contactId) {
		try {
			api().delete().uri("/contacts/{id}", contactId).retrieve().toBodilessEntity();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw ex;
			}
		}
	}

	private RestClient api() {
		if (this.http == null) {
			throw new IllegalStateException("Chatwoot is not configured");
		}
		return this.http;
	}

	private Contact contact(JsonNode contact) {
		String sourceId = null;
		for (JsonNode inbox : contact.path("contact_inboxes")) {
			if (inbox.path("inbox").path("id").asLong() == this.settings.inboxId()) {
				sourceId = inbox.path("source_id").asString(null);
			}
		}
		return new Contact(contact.path("id").asLong(), sourceId);
	}

}
